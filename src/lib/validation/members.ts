import { z } from "zod";
import { BASE_ROLES } from "../permissions";
import { pageQuery, searchText } from "./fields";

export const listMembersQuery = z.object({
  q: searchText().optional(),
  ...pageQuery,
});
export type ListMembersQuery = z.infer<typeof listMembersQuery>;

export const changeMemberRoleSchema = z.strictObject({
  role: z.enum(BASE_ROLES, { error: "Choose one of OWNER, ADMIN, MEMBER or GUEST." }),
});
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;
