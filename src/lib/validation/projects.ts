import { z } from "zod";
import { displayText, multilineText, pageQuery, searchText } from "./fields";

const name = displayText("a project name", 100);
const description = multilineText("the description", 2000);

export const createProjectSchema = z.strictObject({
  name,
  description: description.optional().default(""),
});
export type CreateProjectInput = z.infer<typeof createProjectSchema>;

export const updateProjectSchema = z
  .strictObject({ name: name.optional(), description: description.optional() })
  .refine((input) => input.name !== undefined || input.description !== undefined, "Send a name or a description to change.");
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;

export const listProjectsQuery = z.object({
  q: searchText().optional(),
  ...pageQuery,
});
