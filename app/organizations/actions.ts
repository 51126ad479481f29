"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { safeNextPath } from "@/lib/safe-redirect";
import { createOrganizationSchema } from "@/lib/validation/auth";
import { slugField } from "@/lib/validation/fields";
import { fieldErrors } from "@/lib/validation/errors";
import { writeSessionCookie } from "@/server/auth/cookie";
import { requireViewer } from "@/server/auth/require-page";
import { requestMeta } from "@/server/http/request-meta";
import { createOrganizationForUser } from "@/server/organizations/create-for-user";
import { restoreOrganization } from "@/server/organizations/deletion";
import { organizationHomeFor } from "@/server/organizations/home";
import { switchOrganization } from "@/server/organizations/switch";

export async function createOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/organizations/new");
  const values = formValues(formData, ["name", "slug"] as const);
  const parsed = createOrganizationSchema.safeParse({ name: values.name, slug: values.slug.trim() || undefined });
  if (!parsed.success) return { status: "error", message: "Please fix the highlighted fields.", fields: fieldErrors(parsed.error), values };

  const created = await createOrganizationForUser(viewer, parsed.data, requestMeta(await headers()));
  if (!created.ok) return { status: "error", message: created.message, fields: created.fields, values };
  writeSessionCookie(await cookies(), created.token, viewer.session.expiresAt);
  redirect(await organizationHomeFor(created.organization.slug));
}

/** The switcher and /organizations: no re-authentication, the membership is checked in the database. */
export async function switchOrganizationAction(organizationId: string): Promise<{ message: string }> {
  const viewer = await requireViewer("/organizations");
  const switched = typeof organizationId === "string" ? await switchOrganization(viewer, { id: organizationId }, requestMeta(await headers())) : null;
  if (!switched?.ok) return { message: "You are no longer a member of that organization. Reload to see your organizations." };
  writeSessionCookie(await cookies(), switched.token, viewer.session.expiresAt);
  redirect(await organizationHomeFor(switched.organization.slug));
}

/** Confirms a switch that a link on another site asked for (app/organizations/switch/confirm). */
export async function confirmSwitchAction(formData: FormData): Promise<void> {
  const next = safeNextPath(formData.get("next"));
  const viewer = await requireViewer(next);
  const slug = slugField.safeParse(formData.get("org"));
  const switched = slug.success ? await switchOrganization(viewer, { slug: slug.data }, requestMeta(await headers())) : null;
  if (!switched?.ok) redirect("/organizations");
  writeSessionCookie(await cookies(), switched.token, viewer.session.expiresAt);
  redirect(next);
}

/** An owner restores a deleted organization from /organizations (or onboarding) and lands in it. */
export async function restoreOrganizationAction(organizationId: string, _previous: FormState): Promise<FormState> {
  const viewer = await requireViewer("/organizations");
  const restored = await restoreOrganization(viewer, organizationId, requestMeta(await headers()));
  if (!restored.ok) return { status: "error", message: restored.message };
  writeSessionCookie(await cookies(), restored.token, viewer.session.expiresAt);
  redirect(await organizationHomeFor(restored.organization.slug));
}
