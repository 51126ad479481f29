import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { sessionKeys } from "@/env";
import { effectivePermissions, type Permission } from "@/lib/permissions";
import type { Entitlements } from "@/server/billing/entitlements";
import { BILLING_COLUMNS, BILLING_JOIN, entitlementsOfColumns, type BillingColumns } from "@/server/billing/load";
import { db, Prisma, type Role } from "@/server/db";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import {
  MEMBERSHIPS_SUBQUERY,
  toMembershipSummaries,
  type MembershipRow,
  type MembershipSummary,
} from "@/server/organizations/memberships";
import { SSO_REQUIRED_OF_USER } from "@/server/sso/policy-sql";
import { endSupportInSession } from "@/server/support/access";
import { bearerSecret, resolveApiKey } from "./api-key-context";
import { extendSession, LAST_SEEN_PRECISION_SECONDS, signedInSince } from "./sessions";
import { SESSION_COOKIE, verifySessionToken } from "./token";

/** Who is signed in, and in which organization. `organization` is null when the user has none active (onboarding). */
/** A superadmin viewing an organization as one of its members (src/server/support): read-only, audited. */
export type SupportView = { id: string; reason: string; expiresAt: Date; admin: { id: string; email: string; name: string } };

export type SessionContext = {
  /** Always null here: a person, not an organization's API key (see ApiKeyContext). */
  apiKey: null;
  /**
   * Set while a superadmin views the organization as a member: `user` and `role` are then that member's, `session`
   * the superadmin's, and every write is refused (SUPPORT_READ_ONLY).
   */
  support: SupportView | null;
  /**
   * secondFactorAt: when this session last proved a second factor (sign-in, enrolment, step-up); null: never.
   * ssoOrganizationId: the organization whose identity provider signed this session in; null: password or passkey.
   */
  session: {
    id: string;
    expiresAt: Date;
    activeOrganizationId: string | null;
    secondFactorAt: Date | null;
    ssoOrganizationId: string | null;
  };
  /** hasSecondFactor: an authenticator app or a passkey is set up (src/server/two-factor, src/server/passkeys). */
  user: { id: string; email: string; name: string; emailVerifiedAt: Date | null; isSuperadmin: boolean; hasSecondFactor: boolean };
  organization: { id: string; name: string; slug: string } | null;
  role: Role | null;
  /** Effective permissions in `organization`: the base role's plus every custom role's. Empty without one. */
  permissions: Permission[];
  /** What `organization`'s plan and licenses grant (src/server/billing), loaded by the same query; null without one. */
  entitlements: Entitlements | null;
  /**
   * Every live organization of the user (the switcher, /api/me), loaded by the same query when asked for (pages
   * always, route handlers that declare it); null otherwise. Context a request needs joins this one lookup.
   */
  memberships: MembershipSummary[] | null;
  /**
   * The organization requires two-factor and this session has not proved one: the member is in it, but may reach
   * nothing of it (orgContextOf gives no context) until they set one up or confirm it (src/server/auth/policy.ts).
   */
  secondFactorRequired: boolean;
  /**
   * The organization requires single sign-on of addresses at its verified domains, this member's is one, and this
   * session did not come through its identity provider: like secondFactorRequired, no context until they do
   * (owners are exempt: their password is the audited break-glass way in, src/server/sso/policy.ts).
   */
  ssoRequired: boolean;
};

// Brands no value carries: a branded context can only be made by the functions below, after their checks, so a data
// function that takes one cannot be called by code that skipped them (a cast is refused by the lint config).
declare const orgBrand: unique symbol;
declare const superadminBrand: unique symbol;

/**
 * A context whose membership in an active organization was checked in the database for this request: what pages and
 * server actions act with. Only the guards produce one (orgContextOf, through require-page/-action and routes).
 */
export type MemberContext = SessionContext & {
  organization: NonNullable<SessionContext["organization"]>;
  role: Role;
  entitlements: Entitlements;
  readonly [orgBrand]: true;
};

/** The organization API key a request authenticated with: what the audit log names as the actor. */
export type ApiKeyPrincipal = { id: string; name: string; prefix: string };

/**
 * A request made with an organization's API key (`Authorization: Bearer osk_…`): the key's organization and the
 * permissions it was created with, checked in the database for this request. No person, no session, no base role:
 * code that needs one of those (ownership, leaving, billing) takes a MemberContext, and its operation says
 * `apiKeys: false`.
 */
export type ApiKeyContext = {
  apiKey: ApiKeyPrincipal;
  session: null;
  user: null;
  organization: NonNullable<SessionContext["organization"]>;
  role: null;
  permissions: Permission[];
  entitlements: Entitlements;
  memberships: null;
  secondFactorRequired: false;
  ssoRequired: false;
  support: null;
  readonly [orgBrand]: true;
};

/** What every tenant-scoped operation needs: a member, or an organization's API key, checked for this request. */
export type OrgContext = MemberContext | ApiKeyContext;

/** A signed-in application superadmin, the flag read from the database for this request: what /admin reads need. */
export type SuperadminContext = SessionContext & { readonly [superadminBrand]: true };

/**
 * The organization context of a resolved session, or null when it has no active organization — or has one whose
 * two-factor requirement this session does not meet: no guard can then produce a context for it, on any path.
 */
export function orgContextOf(ctx: SessionContext): MemberContext | null {
  if (ctx.secondFactorRequired || ctx.ssoRequired) return null;
  return ctx.organization && ctx.role && ctx.entitlements ? (ctx as MemberContext) : null;
}

/** The superadmin context of a resolved session, or null for everyone else. */
export function superadminContextOf(ctx: SessionContext | null): SuperadminContext | null {
  // In a support view the context is the member's: /admin waits until it ends.
  return ctx?.user.isSuperadmin && !ctx.support ? (ctx as SuperadminContext) : null;
}

/** Header an API client sends to act in another of its organizations for one request (the README's JSON API). */
export const ORGANIZATION_HEADER = "x-organization-id";
/** Header a page's script sends with a mutation: the organization it was rendered for (stale-tab guard). */
export const EXPECTED_ORGANIZATION_HEADER = "x-expected-organization-id";

type ContextRow = BillingColumns & {
  sessionId: string;
  sessionCreatedAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
  activeOrganizationId: string | null;
  userId: string;
  email: string;
  name: string;
  emailVerifiedAt: Date | null;
  isSuperadmin: boolean;
  hasSecondFactor: boolean;
  secondFactorAt: Date | null;
  ssoOrganizationId: string | null;
  ssoRequired: boolean | null;
  supportAccessId: string | null;
  supportId: string | null;
  supportReason: string | null;
  supportExpiresAt: Date | null;
  adminId: string;
  adminEmail: string;
  adminName: string;
  requireTwoFactor: boolean | null;
  organizationId: string | null;
  organizationName: string | null;
  organizationSlug: string | null;
  role: Role | null;
  customPermissions: string[];
  memberships?: MembershipRow[];
};

/**
 * Verifies the token, then loads session, user, the membership in the active organization (or in `organizationId`,
 * when the request names one) and the permissions of the member's custom roles, in one round trip. A revoked or
 * expired session, a deleted user or a token for another user's session yields null (signed out). The token's `org`
 * claim is only a hint: the session row says which organization is active, and a deleted organization is none.
 */
export async function resolveSession(
  token: string | undefined,
  options: { organizationId?: string; withMemberships?: boolean } = {},
): Promise<SessionContext | null> {
  const claims = await verifySessionToken(token, sessionKeys());
  if (!claims) return null;
  const requested = options.organizationId ?? null;

  const rows = await db.$queryRaw<ContextRow[]>`
    SELECT s.id AS "sessionId", s."createdAt" AS "sessionCreatedAt", s."expiresAt", s."lastSeenAt", s."activeOrganizationId",
           s."secondFactorAt", s."ssoOrganizationId", s."supportAccessId", sa.id AS "supportId", sa.reason AS "supportReason", sa."expiresAt" AS "supportExpiresAt",
           me.id AS "adminId", me.email AS "adminEmail", me.name AS "adminName",
           u.id AS "userId", u.email, u.name, u."emailVerifiedAt", u."isSuperadmin",
           (u."totpEnabledAt" IS NOT NULL OR EXISTS (SELECT 1 FROM "Passkey" p WHERE p."userId" = u.id)) AS "hasSecondFactor",
           o.id AS "organizationId", o.name AS "organizationName", o.slug AS "organizationSlug", m.role,
           o."requireTwoFactor",
           (o."requireSso" AND m.role <> 'OWNER' AND s."ssoOrganizationId" IS DISTINCT FROM o.id AND ${SSO_REQUIRED_OF_USER}) AS "ssoRequired",
           COALESCE((
             SELECT array_agg(DISTINCT permission)
             FROM "MembershipCustomRole" held
             JOIN "CustomRole" cr ON cr.id = held."customRoleId" AND cr."organizationId" = held."organizationId"
             CROSS JOIN LATERAL unnest(cr.permissions) AS permission
             WHERE held."membershipId" = m.id
           ), ARRAY[]::text[]) AS "customPermissions",
           ${BILLING_COLUMNS}
           ${options.withMemberships ? Prisma.sql`, ${MEMBERSHIPS_SUBQUERY} AS memberships` : Prisma.empty}
    FROM "Session" s
    JOIN "User" me ON me.id = s."userId"
    -- A superadmin's support view in progress (src/server/support): the context is then the member's, read-only.
    LEFT JOIN "SupportAccess" sa ON sa.id = s."supportAccessId" AND sa."adminId" = me.id AND me."isSuperadmin"
      AND sa."endedAt" IS NULL AND sa."expiresAt" > now()
      AND EXISTS (SELECT 1 FROM "Organization" so WHERE so.id = sa."organizationId" AND so."supportAccessAllowed" AND so."deletedAt" IS NULL)
    JOIN "User" u ON u.id = COALESCE(sa."asUserId", s."userId")
    LEFT JOIN "Membership" m ON m."userId" = u.id AND m."organizationId" = COALESCE(sa."organizationId", ${requested}::text, s."activeOrganizationId")
    LEFT JOIN "Organization" o ON o.id = m."organizationId" AND o."deletedAt" IS NULL
    ${BILLING_JOIN}
    WHERE s.id = ${claims.sid} AND s."userId" = ${claims.sub}
      AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND s."createdAt" > ${signedInSince()}`;
  const row = rows[0];
  if (!row) return null;
  if (row.supportAccessId && !row.supportId) {
    // The session's support view is over (expired, support access turned off): close it, then the session is the
    // superadmin's own again.
    await db.$transaction((tx) => endSupportInSession(tx, row.sessionId, "expired"));
    return resolveSession(token, options);
  }

  let expiresAt = row.expiresAt;
  if (Date.now() - row.lastSeenAt.getTime() > LAST_SEEN_PRECISION_SECONDS * 1000) {
    expiresAt = await extendSession(row.sessionId, row.sessionCreatedAt);
  }

  const inOrganization = row.organizationId && row.organizationName && row.organizationSlug && row.role;
  const support: SupportView | null = row.supportId
    ? {
        id: row.supportId,
        reason: row.supportReason ?? "",
        expiresAt: row.supportExpiresAt!,
        admin: { id: row.adminId, email: row.adminEmail, name: row.adminName },
      }
    : null;
  const memberships = row.memberships ? toMembershipSummaries(row.memberships) : null;
  return {
    apiKey: null,
    support,
    session: {
      id: row.sessionId,
      expiresAt,
      activeOrganizationId: row.activeOrganizationId,
      secondFactorAt: row.secondFactorAt,
      ssoOrganizationId: row.ssoOrganizationId,
    },
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      emailVerifiedAt: row.emailVerifiedAt,
      isSuperadmin: row.isSuperadmin,
      hasSecondFactor: row.hasSecondFactor,
    },
    organization: inOrganization ? { id: row.organizationId!, name: row.organizationName!, slug: row.organizationSlug! } : null,
    role: inOrganization ? row.role : null,
    permissions: inOrganization ? effectivePermissions(row.role!, row.customPermissions) : [],
    entitlements: inOrganization ? entitlementsOfColumns(row) : null,
    // A support view shows the one organization it is for: nothing of the member's others, nor the superadmin's.
    memberships: memberships && support ? memberships.filter((m) => m.organization.id === row.organizationId) : memberships,
    // A second factor proved earlier in this session counts only while the user still has one.
    // (A support view was opened by a superadmin who proved theirs: support/access.ts.)
    secondFactorRequired: Boolean(
      !support && inOrganization && row.requireTwoFactor && !(row.hasSecondFactor && row.secondFactorAt !== null),
    ),
    ssoRequired: Boolean(!support && inOrganization && row.ssoRequired),
  };
}

/** The signed-in context of this request (pages, layouts, server actions); computed once per request. */
export const getSessionContext = cache(async (): Promise<SessionContext | null> => {
  const cookieStore = await cookies();
  // Every signed-in page shows the organization switcher (or the list of organizations): its rows come along.
  return resolveSession(cookieStore.get(SESSION_COOKIE)?.value, { withMemberships: true });
});

/** For route handlers about the signed-in person rather than an organization (the account API): who, or a 401. */
export async function requireSession(request: NextRequest): Promise<Result<{ ctx: SessionContext }>> {
  if (bearerSecret(request) !== null)
    return fail("UNAUTHENTICATED", "API keys act in an organization; the account API needs a person signed in.");
  const ctx = await resolveSession(request.cookies.get(SESSION_COOKIE)?.value);
  if (!ctx) return fail("UNAUTHENTICATED", "Sign in to continue.");
  // A support view is of an organization, never of the member's own account.
  return ctx.support ? supportReadOnly() : { ok: true, ctx };
}

/** 403 SUPPORT_READ_ONLY: a superadmin's support view writes nothing. */
export function supportReadOnly() {
  return fail(
    "SUPPORT_READ_ONLY",
    "This is a read-only support view: nothing can be changed in it. End the support view to act as yourself.",
  );
}

/**
 * For route handlers that act in an organization (through orgRoute, which then checks the operation's permission):
 * who — the session's member, or the organization API key of `Authorization: Bearer` — in which organization (the
 * active one, or the one named by x-organization-id). An organization the caller is not a
 * member of is a 404, whether it comes from the header or from a session whose organization they have left. A
 * mutation whose x-expected-organization-id differs from that organization is a 409 ORG_CHANGED: the page that sent
 * it was rendered for another organization than the one it would now write into.
 */
export async function requireOrgContext(
  request: NextRequest,
  options: { withMemberships?: boolean } = {},
): Promise<Result<{ ctx: OrgContext }>> {
  const requested = request.headers.get(ORGANIZATION_HEADER)?.trim() || undefined;
  if (requested !== undefined && !isId(requested)) return organizationNotFound();
  // A request that names a key is judged by the key alone, never by a cookie it also carries.
  const secret = bearerSecret(request);
  if (secret !== null) return resolveApiKey(secret, requested);

  const ctx = await resolveSession(request.cookies.get(SESSION_COOKIE)?.value, { organizationId: requested, ...options });
  if (!ctx) return fail("UNAUTHENTICATED", "Sign in to continue.");
  if (ctx.secondFactorRequired) return secondFactorRequiredFailure(ctx);
  if (ctx.ssoRequired) return ssoRequiredFailure(ctx.organization!);
  const orgCtx = orgContextOf(ctx);
  if (!orgCtx) {
    if (requested !== undefined || ctx.session.activeOrganizationId !== null) return organizationNotFound();
    return fail("NO_ACTIVE_ORGANIZATION", "You are not a member of any organization yet. Create one to continue.");
  }

  if (orgCtx.support && !["GET", "HEAD"].includes(request.method)) return supportReadOnly();
  const expected = request.headers.get(EXPECTED_ORGANIZATION_HEADER)?.trim();
  if (expected && !["GET", "HEAD"].includes(request.method) && expected !== orgCtx.organization.id) return organizationChanged();
  return { ok: true, ctx: orgCtx };
}

/** 403 MFA_REQUIRED: the organization's policy, told to a member who has not met it in this session. */
export function secondFactorRequiredFailure(ctx: Pick<SessionContext, "organization" | "user">) {
  const name = ctx.organization?.name ?? "This organization";
  return ctx.user.hasSecondFactor
    ? fail("MFA_REQUIRED", `${name} requires two-factor authentication. Confirm your second factor to continue (/confirm).`)
    : fail("MFA_REQUIRED", `${name} requires two-factor authentication. Set it up on your account page to continue (/account/two-factor).`);
}

/** 403 SSO_REQUIRED: the organization's policy, told to a member who did not come through its identity provider. */
export function ssoRequiredFailure(organization: { id: string; name: string }) {
  return fail(
    "SSO_REQUIRED",
    `${organization.name} requires you to sign in through its identity provider (single sign-on): ${ssoStartPath(organization.id, "/dashboard")}.`,
  );
}

/** Where a page sends someone its organization's SSO policy keeps out: straight to the identity provider, then back. */
export function ssoStartPath(organizationId: string, next: string): string {
  return `/api/auth/sso/start?organization=${encodeURIComponent(organizationId)}&next=${encodeURIComponent(next)}`;
}

function organizationNotFound() {
  return fail("NOT_FOUND", "Organization not found, or you are not a member of it. Switch to one of your organizations.");
}

export function organizationChanged() {
  return fail("ORG_CHANGED", "You switched organization in another tab. Reload the page to continue in the organization you are in now.");
}
