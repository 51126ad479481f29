"use server";

import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { fieldErrors } from "@/lib/validation/errors";
import { updateOrganizationSchema } from "@/lib/validation/organizations";
import { writeSessionCookie } from "@/server/auth/cookie";
import { requireOrgAction } from "@/server/auth/require-action";
import { requestMeta } from "@/server/http/request-meta";
import { softDeleteOrganization } from "@/server/organizations/deletion";
import { MAX_LOGO_BYTES, removeOrganizationLogo, setOrganizationLogo } from "@/server/organizations/logo";
import { updateOrganization } from "@/server/organizations/settings";

const NEXT = "/dashboard/settings";

export async function updateSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "slug"] as const);
  const auth = await requireOrgAction(formData, "org.update", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const parsed = updateOrganizationSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: "Please fix the highlighted fields.", fields: fieldErrors(parsed.error), values };

  const result = await updateOrganization(auth.ctx, parsed.data, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message, fields: result.fields, values };
  if (result.token) writeSessionCookie(await cookies(), result.token, auth.ctx.session.expiresAt);
  revalidatePath("/dashboard", "layout");
  return { status: "success", message: "Settings saved.", values: { name: result.organization.name, slug: result.organization.slug } };
}

export async function uploadLogoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, "org.update", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message };
  const file = formData.get("logo");
  if (!file || typeof file === "string" || file.size === 0) return { status: "error", message: "Choose an image first.", fields: { logo: "Choose an image." } };
  if (file.size > MAX_LOGO_BYTES) return { status: "error", message: "The logo must be at most 1 MB.", fields: { logo: "At most 1 MB." } };

  const result = await setOrganizationLogo(auth.ctx, new Uint8Array(await file.arrayBuffer()), requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message, fields: { logo: result.message } };
  revalidatePath("/dashboard", "layout");
  return { status: "success", message: "Logo updated." };
}

export async function removeLogoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, "org.update", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message };
  await removeOrganizationLogo(auth.ctx, requestMeta(await headers()));
  revalidatePath("/dashboard", "layout");
  return { status: "success", message: "Logo removed." };
}

export async function deleteOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["confirm"] as const);
  const auth = await requireOrgAction(formData, "org.delete", NEXT);
  if (!auth.ok) return { status: "error", message: auth.message, values };

  const result = await softDeleteOrganization(auth.ctx, values, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message, fields: result.fields, values };
  // The session has moved to another organization (or none): the dashboard shows where.
  redirect(`/organizations?deleted=${encodeURIComponent(auth.ctx.organization.name)}`);
}
