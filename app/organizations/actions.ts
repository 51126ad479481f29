"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/safe-redirect";
import { slugField } from "@/lib/validation/fields";
import { writeSessionCookie } from "@/server/auth/cookie";
import { sessionAction } from "@/server/http/declare-action";
import { createOrganizationForUser } from "@/server/organizations/create-for-user";
import { restoreOrganization } from "@/server/organizations/deletion";
import { organizationHomeFor } from "@/server/organizations/home";
import { accountOrganizationOperations } from "@/server/organizations/operations";
import { switchOrganization } from "@/server/organizations/switch";
import { secondFactorPath } from "@/server/auth/step-up";
import { isId } from "@/server/ids";
import { fail } from "@/server/results/result";
import { joinByDomain } from "@/server/domains/join";
import { domainJoinOperations } from "@/server/domains/operations";

export const createOrganizationAction = sessionAction(
  // An empty URL-name field means "make one from the name".
  { ...accountOrganizationOperations.create, fromForm: ({ name, slug }) => ({ name, slug: String(slug ?? "").trim() || undefined }) },
  async ({ session, input, meta }) => {
    const created = await createOrganizationForUser(session, input, meta);
    if (!created.ok) return created;
    writeSessionCookie(await cookies(), created.token, session.session.expiresAt);
    redirect(await organizationHomeFor(created.organization.slug));
  },
);

type SwitchRefused = { status: "error"; message: string };

/** The switcher and /organizations, called with the id: no re-authentication, the membership is checked in the database. */
export const switchOrganizationAction = sessionAction<Record<never, never>, [string], SwitchRefused>(
  {},
  async ({ session, meta }, organizationId) => {
    const switched = await switchOrganization(session, { id: organizationId }, meta);
    // It requires two-factor: set it up (or confirm it), then choose it again from the list.
    if (!switched.ok && switched.code === "MFA_REQUIRED") redirect(secondFactorPath(session, "/organizations"));
    if (!switched.ok)
      return { status: "error", message: "You are no longer a member of that organization. Reload to see your organizations." };
    writeSessionCookie(await cookies(), switched.token, session.session.expiresAt);
    redirect(await organizationHomeFor(switched.organization.slug));
  },
);

/** Confirms a switch that a link on another site asked for (app/organizations/switch/confirm). */
export const confirmSwitchAction = sessionAction({}, async ({ session, formData, meta }) => {
  const next = safeNextPath(formData.get("next"));
  const slug = slugField.safeParse(formData.get("org"));
  const switched = slug.success ? await switchOrganization(session, { slug: slug.data }, meta) : null;
  if (switched?.ok === false && switched.code === "MFA_REQUIRED") {
    redirect(secondFactorPath(session, `/organizations/switch?${new URLSearchParams({ org: slug.data ?? "", next })}`));
  }
  if (!switched?.ok) redirect("/organizations");
  writeSessionCookie(await cookies(), switched.token, session.session.expiresAt);
  redirect(next);
});

/** An owner restores a deleted organization from /organizations (or onboarding) and lands in it. */
export const restoreOrganizationAction = sessionAction(
  accountOrganizationOperations.restore,
  async ({ session, meta }, organizationId: string) => {
    const restored = await restoreOrganization(session, organizationId, meta);
    if (!restored.ok) return restored;
    writeSessionCookie(await cookies(), restored.token, session.session.expiresAt);
    redirect(await organizationHomeFor(restored.organization.slug));
  },
);

/** Joins an organization that the person's verified address lets them join (a verified domain), and lands in it. */
export const joinByDomainAction = sessionAction(domainJoinOperations.join, async ({ session, meta }, organizationId: string) => {
  if (!isId(organizationId)) return fail("NOT_FOUND", "That organization is not one your email address lets you join.");
  const joined = await joinByDomain(session, organizationId, meta);
  if (!joined.ok && joined.code === "MFA_REQUIRED") redirect(secondFactorPath(session, "/organizations"));
  if (!joined.ok) return joined;
  writeSessionCookie(await cookies(), joined.token, session.session.expiresAt);
  redirect(await organizationHomeFor(joined.organization.slug));
});
