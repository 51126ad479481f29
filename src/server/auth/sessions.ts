import "server-only";
import { env } from "@/env";
import { db, type Role, type Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { sessionExpiresAt, signSessionToken } from "./token";

export type IssuedSession = { token: string; expiresAt: Date };

/** How long a session lasts after sign-in whatever its activity (SESSION_MAX_AGE_DAYS): sliding stops there. */
function maxSessionAgeMs(): number {
  return env.SESSION_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;
}

/** Sessions signed in before this are over, however active: the per-request context query refuses them. */
export function signedInSince(): Date {
  return new Date(Date.now() - maxSessionAgeMs());
}

/** The sliding expiry from `now`, never past the session's absolute end. */
function slidingExpiry(now: Date, createdAt: Date): Date {
  const sliding = sessionExpiresAt(now);
  const end = new Date(createdAt.getTime() + maxSessionAgeMs());
  return sliding < end ? sliding : end;
}

/** Creates the session row and the JWT that names it. Pass `tx` to make it part of a larger transaction. */
export async function createSession(
  client: Tx | typeof db,
  input: {
    userId: string;
    organization: { id: string; slug: string } | null;
    role: Role | null;
    meta: RequestMeta;
    secondFactorAt?: Date | null;
    ssoOrganizationId?: string | null;
  },
): Promise<IssuedSession> {
  const now = new Date();
  const expiresAt = slidingExpiry(now, now);
  const session = await client.session.create({
    data: {
      userId: input.userId,
      activeOrganizationId: input.organization?.id ?? null,
      userAgent: input.meta.userAgent,
      ip: input.meta.ip,
      createdAt: now,
      expiresAt,
      secondFactorAt: input.secondFactorAt ?? null,
      ssoOrganizationId: input.ssoOrganizationId ?? null,
    },
    select: { id: true },
  });
  const token = await signSessionToken(
    { sub: input.userId, sid: session.id, org: input.organization?.id, slug: input.organization?.slug, role: input.role ?? undefined },
    env.JWT_SECRET,
    now,
  );
  return { token, expiresAt };
}

/** Revokes one session of one user; a token naming it stops working on its next request. */
export async function revokeSession(userId: string, sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * How stale a session's "last seen" (the account page's session list) may get: a request after that long writes it,
 * and slides the expiry forward. At most one write per session per five minutes.
 */
export const LAST_SEEN_PRECISION_SECONDS = 5 * 60;

/** Records that a session was used now and slides its expiry forward, up to its absolute end. */
export async function extendSession(sessionId: string, createdAt: Date): Promise<Date> {
  const now = new Date();
  const expiresAt = slidingExpiry(now, createdAt);
  await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now, expiresAt } });
  return expiresAt;
}

/**
 * Points a session at another organization, remembers it as the user's last active one (the next login lands
 * there) and returns the re-issued token that says so.
 */
export async function moveSessionToOrganization(
  tx: Tx,
  input: { userId: string; sessionId: string; organization: { id: string; slug: string }; role: Role },
): Promise<string> {
  const organizationId = input.organization.id;
  await tx.session.update({ where: { id: input.sessionId, userId: input.userId }, data: { activeOrganizationId: organizationId } });
  await tx.user.update({ where: { id: input.userId }, data: { lastActiveOrganizationId: organizationId } });
  return signSessionToken(
    { sub: input.userId, sid: input.sessionId, org: organizationId, slug: input.organization.slug, role: input.role },
    env.JWT_SECRET,
  );
}

/**
 * Inside a tenant transaction, after a removal, a leave or a deletion: moves the sessions that were in the current
 * organization but may no longer be (a removed member's, everyone's when it was deleted) to another organization of
 * their user, or to none (onboarding). Their next request already lands there (migration
 * 20261124234443_organization_administration, orgstack_relocate_sessions).
 */
export async function relocateSessions(tx: Tx): Promise<number> {
  const [row] = await tx.$queryRaw<{ moved: number }[]>`SELECT orgstack_relocate_sessions() AS moved`;
  return row?.moved ?? 0;
}
