"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/form-state";
import { fieldErrors } from "@/lib/validation/errors";
import { assignCustomRolesSchema, createCustomRoleSchema } from "@/lib/validation/roles";
import { requireOrgAction } from "@/server/auth/require-action";
import { requestMeta } from "@/server/http/request-meta";
import { createCustomRole, deleteCustomRole, setMemberCustomRoles } from "@/server/roles/mutations";

const NEXT = "/dashboard/roles";

export async function createCustomRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { name: String(formData.get("name") ?? ""), description: String(formData.get("description") ?? "") };
  const auth = await requireOrgAction(formData, "roles.manage", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const parsed = createCustomRoleSchema.safeParse({ ...values, permissions: formData.getAll("permissions") });
  if (!parsed.success) return { status: "error", message: "Please fix the highlighted fields.", fields: fieldErrors(parsed.error), values };

  const result = await createCustomRole(auth.ctx, parsed.data, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message, fields: result.fields, values };
  revalidatePath(NEXT);
  return { status: "success", message: `Role “${result.role.name}” created. Give it to members below.` };
}

export async function deleteCustomRoleAction(roleId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, "roles.manage", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message };
  const result = await deleteCustomRole(auth.ctx, roleId, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath(NEXT);
  return { status: "success", message: "Role deleted." };
}

export async function setMemberRolesAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, "roles.manage", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message };
  const parsed = assignCustomRolesSchema.safeParse({ customRoleIds: formData.getAll("customRoleIds") });
  if (!parsed.success) return { status: "error", message: "Those roles could not be read. Reload and try again." };

  const result = await setMemberCustomRoles(auth.ctx, userId, parsed.data.customRoleIds, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath(NEXT);
  return { status: "success", message: "Saved." };
}
