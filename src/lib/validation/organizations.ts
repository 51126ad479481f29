import { z } from "zod";
import { displayText, slugField } from "./fields";

export const updateOrganizationSchema = z
  .strictObject({ name: displayText("an organization name", 100).optional(), slug: slugField.optional() })
  .refine((input) => input.name !== undefined || input.slug !== undefined, "Send a name or a URL name to change.");
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationSchema>;

export const deleteOrganizationSchema = z.strictObject({
  confirm: z.string({ error: "Type the organization's name to confirm." }).max(200, "That is longer than any organization name."),
});
