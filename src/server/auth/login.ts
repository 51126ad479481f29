import "server-only";
import type { LoginInput } from "@/lib/validation/auth";
import { db, type Role } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/http/result";
import type { OrganizationSummary } from "@/server/organizations/create";
import { publicUserSelect, type PublicUser } from "@/server/users/dto";
import { verifyPassword } from "./password";
import { createSession, type IssuedSession } from "./sessions";

export type LoginSuccess = { user: PublicUser; organization: OrganizationSummary | null; role: Role | null; session: IssuedSession };

/** Checks the password and opens a session in the user's last active organization (else their oldest one). */
export async function logIn(input: LoginInput, meta: RequestMeta): Promise<Result<LoginSuccess>> {
  const found = await db.user.findUnique({
    where: { email: input.email },
    select: { ...publicUserSelect, passwordHash: true, lastActiveOrganizationId: true },
  });
  // Always run bcrypt, even for an unknown email, so both failures take the same time.
  const valid = await verifyPassword(input.password, found?.passwordHash ?? null);
  if (!found || !valid) return fail("INVALID_CREDENTIALS", "That email and password don't match an account.");

  const { passwordHash: _hash, lastActiveOrganizationId, ...user } = found;
  const memberships = await db.membership.findMany({
    where: { userId: user.id },
    select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
    orderBy: { createdAt: "asc" },
  });
  const membership = memberships.find((m) => m.organization.id === lastActiveOrganizationId) ?? memberships[0] ?? null;
  const session = await createSession(db, {
    userId: user.id,
    organization: membership?.organization ?? null,
    role: membership?.role ?? null,
    meta,
  });
  return { ok: true, user, organization: membership?.organization ?? null, role: membership?.role ?? null, session };
}
