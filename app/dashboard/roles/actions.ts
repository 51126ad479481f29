"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/server/http/declare-action";
import { createCustomRole, deleteCustomRole, setMemberCustomRoles } from "@/server/roles/mutations";
import { roleOperations } from "@/server/roles/operations";

const PAGE = "/dashboard/roles";

export const createCustomRoleAction = orgAction(roleOperations.create, async ({ ctx, input, meta }) => {
  const result = await createCustomRole(ctx, input, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: `Role “${result.role.name}” created. Give it to members below.` };
});

export const deleteCustomRoleAction = orgAction(roleOperations.delete, async ({ ctx, meta }, roleId: string) => {
  const result = await deleteCustomRole(ctx, roleId, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Role deleted." };
});

export const setMemberRolesAction = orgAction(roleOperations.assign, async ({ ctx, input, meta }, userId: string) => {
  const result = await setMemberCustomRoles(ctx, userId, input.customRoleIds, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Saved." };
});
