import { z } from "zod";
import { BASE_ROLES, PERMISSIONS } from "../permissions";
import { displayText, multilineText } from "./fields";

const name = displayText("a role name", 50).refine(
  (value) => !(BASE_ROLES as readonly string[]).includes(value.toUpperCase()),
  "Owner, Admin, Member and Guest are built-in roles. Choose another name.",
);
const description = multilineText("the description", 500);
const permissions = z
  .array(z.enum(PERMISSIONS, { error: "Unknown permission." }), { error: "Choose the role's permissions." })
  .min(1, "Choose at least one permission.")
  .max(PERMISSIONS.length)
  .transform((list) => PERMISSIONS.filter((permission) => list.includes(permission)));

export const createCustomRoleSchema = z.strictObject({ name, description: description.optional().default(""), permissions });
export type CreateCustomRoleInput = z.infer<typeof createCustomRoleSchema>;

export const updateCustomRoleSchema = z
  .strictObject({ name: name.optional(), description: description.optional(), permissions: permissions.optional() })
  .refine((input) => Object.values(input).some((value) => value !== undefined), "Send a name, description or permissions to change.");
export type UpdateCustomRoleInput = z.infer<typeof updateCustomRoleSchema>;

export const assignCustomRolesSchema = z.strictObject({
  customRoleIds: z
    .array(z.string().min(1).max(64), { error: "Send the list of custom role ids (an empty list removes them all)." })
    .max(50, "A member can hold at most 50 custom roles.")
    .transform((ids) => [...new Set(ids)]),
});
