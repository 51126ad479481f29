import { z } from "zod";
import { BASE_ROLES } from "../permissions";
import { searchText } from "./fields";

export const listMembersQuery = z.object({
  q: searchText().optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int("Limit must be a whole number.").min(1).max(100, "Limit is at most 100.").optional().default(50),
});
export type ListMembersQuery = z.infer<typeof listMembersQuery>;

export const changeMemberRoleSchema = z.strictObject({
  role: z.enum(BASE_ROLES, { error: "Choose one of OWNER, ADMIN, MEMBER or GUEST." }),
});
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;
