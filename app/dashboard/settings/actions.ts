"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { writeSessionCookie } from "@/server/auth/cookie";
import { orgAction } from "@/server/http/declare-action";
import { fail } from "@/server/results/result";
import { softDeleteOrganization } from "@/server/organizations/deletion";
import { MAX_LOGO_BYTES, removeOrganizationLogo, setOrganizationLogo } from "@/server/organizations/logo";
import { organizationOperations } from "@/server/organizations/operations";
import { updateOrganization } from "@/server/organizations/settings";

/** The organization's name and URL name: the header and every page show them, so the whole dashboard refreshes. */
export const updateSettingsAction = orgAction(organizationOperations.update, async ({ ctx, input, meta }) => {
  const result = await updateOrganization(ctx, input, meta);
  if (!result.ok) return result;
  if (result.token) writeSessionCookie(await cookies(), result.token, ctx.session.expiresAt);
  revalidatePath("/dashboard", "layout");
  return { status: "success", message: "Settings saved.", values: { name: result.organization.name, slug: result.organization.slug } };
});

export const uploadLogoAction = orgAction(organizationOperations.uploadLogo, async ({ ctx, formData, meta }) => {
  const file = formData.get("logo");
  if (!file || typeof file === "string" || file.size === 0)
    return fail("VALIDATION_FAILED", "Choose an image first.", { logo: "Choose an image." });
  if (file.size > MAX_LOGO_BYTES) return fail("PAYLOAD_TOO_LARGE", "The logo must be at most 1 MB.", { logo: "At most 1 MB." });

  const result = await setOrganizationLogo(ctx, new Uint8Array(await file.arrayBuffer()), meta);
  if (!result.ok) return { ...result, fields: { logo: result.message } };
  revalidatePath("/dashboard", "layout");
  return { status: "success", message: "Logo updated." };
});

export const removeLogoAction = orgAction(organizationOperations.removeLogo, async ({ ctx, meta }) => {
  await removeOrganizationLogo(ctx, meta);
  revalidatePath("/dashboard", "layout");
  return { status: "success", message: "Logo removed." };
});

export const deleteOrganizationAction = orgAction(organizationOperations.delete, async ({ ctx, input, meta }) => {
  const result = await softDeleteOrganization(ctx, input, meta);
  if (!result.ok) return result;
  // The session has moved to another organization (or none): the dashboard shows where.
  redirect(`/organizations?deleted=${encodeURIComponent(ctx.organization.name)}`);
});
