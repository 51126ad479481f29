import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { env } from "@/env";
import { db, type Role } from "@/server/db";
import { fail, type Result } from "@/server/http/result";
import { extendSession } from "./sessions";
import { SESSION_COOKIE, SESSION_RENEW_AFTER_SECONDS, verifySessionToken } from "./token";

/** Who is signed in, and in which organization. `organization` is null when the user has none active (onboarding). */
export type SessionContext = {
  session: { id: string; expiresAt: Date };
  user: { id: string; email: string; name: string; emailVerifiedAt: Date | null };
  organization: { id: string; name: string; slug: string } | null;
  role: Role | null;
};

/** A context with an active organization: what every tenant-scoped operation needs. */
export type OrgContext = SessionContext & { organization: NonNullable<SessionContext["organization"]>; role: Role };

type ContextRow = {
  sessionId: string;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  email: string;
  name: string;
  emailVerifiedAt: Date | null;
  organizationId: string | null;
  organizationName: string | null;
  organizationSlug: string | null;
  role: Role | null;
};

/**
 * Verifies the token, then loads session, user and active membership in one round trip. A revoked or expired
 * session, a deleted user or a token for another user's session yields null (signed out).
 */
export async function resolveSession(token: string | undefined): Promise<SessionContext | null> {
  const claims = await verifySessionToken(token, env.JWT_SECRET);
  if (!claims) return null;

  const rows = await db.$queryRaw<ContextRow[]>`
    SELECT s.id AS "sessionId", s."expiresAt", s."lastSeenAt",
           u.id AS "userId", u.email, u.name, u."emailVerifiedAt",
           o.id AS "organizationId", o.name AS "organizationName", o.slug AS "organizationSlug", m.role
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Membership" m ON m."userId" = s."userId" AND m."organizationId" = s."activeOrganizationId"
    LEFT JOIN "Organization" o ON o.id = m."organizationId"
    WHERE s.id = ${claims.sid} AND s."userId" = ${claims.sub}
      AND s."revokedAt" IS NULL AND s."expiresAt" > now()`;
  const row = rows[0];
  if (!row) return null;

  let expiresAt = row.expiresAt;
  if (Date.now() - row.lastSeenAt.getTime() > SESSION_RENEW_AFTER_SECONDS * 1000) {
    expiresAt = await extendSession(row.sessionId);
  }

  const organization =
    row.organizationId && row.organizationName && row.organizationSlug && row.role
      ? { id: row.organizationId, name: row.organizationName, slug: row.organizationSlug }
      : null;
  return {
    session: { id: row.sessionId, expiresAt },
    user: { id: row.userId, email: row.email, name: row.name, emailVerifiedAt: row.emailVerifiedAt },
    organization,
    role: organization ? row.role : null,
  };
}

/** The signed-in context of this request (pages, layouts, server actions); computed once per request. */
export const getSessionContext = cache(async (): Promise<SessionContext | null> => {
  const cookieStore = await cookies();
  return resolveSession(cookieStore.get(SESSION_COOKIE)?.value);
});

/** For route handlers: the context with an active organization, or the failure to answer with. */
export async function requireOrgContext(request: NextRequest): Promise<Result<{ ctx: OrgContext }>> {
  const ctx = await resolveSession(request.cookies.get(SESSION_COOKIE)?.value);
  if (!ctx) return fail("UNAUTHENTICATED", "Sign in to continue.");
  if (!ctx.organization || !ctx.role) {
    return fail("NO_ACTIVE_ORGANIZATION", "You are no longer a member of this organization. Sign in again or create an organization.");
  }
  return { ok: true, ctx: ctx as OrgContext };
}
