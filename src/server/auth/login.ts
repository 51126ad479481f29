import "server-only";
import type { LoginInput } from "@/lib/validation/auth";
import { recordAudit } from "@/server/audit/record";
import { db, type Role } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/http/result";
import { checkRateLimits } from "@/server/rate-limit/consume";
import type { OrganizationSummary } from "@/server/organizations/create";
import { publicUserSelect, type PublicUser } from "@/server/users/dto";
import { verifyPassword } from "./password";
import { createSession, type IssuedSession } from "./sessions";

export type LoginSuccess = { user: PublicUser; organization: OrganizationSummary | null; role: Role | null; session: IssuedSession };

/** Checks the password and opens a session in the user's last active organization (else their oldest live one). */
export async function logIn(input: LoginInput, meta: RequestMeta): Promise<Result<LoginSuccess>> {
  // Counted before the password is checked, so that guesses are limited whether they are right or wrong.
  const limited = await checkRateLimits(
    [
      { rule: "loginPerIp", key: meta.ip },
      { rule: "loginPerEmail", key: input.email },
    ],
    "Too many sign-in attempts.",
  );
  if (limited) return limited;
  const found = await db.user.findUnique({
    where: { email: input.email },
    select: { ...publicUserSelect, passwordHash: true, lastActiveOrganizationId: true },
  });
  // Always run bcrypt, even for an unknown email, so both failures take the same time.
  const valid = await verifyPassword(input.password, found?.passwordHash ?? null);
  if (!found || !valid) return fail("INVALID_CREDENTIALS", "That email and password don't match an account.");

  const { passwordHash: _hash, lastActiveOrganizationId, ...user } = found;
  const memberships = await db.membership.findMany({
    where: { userId: user.id, organization: { deletedAt: null } },
    select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
    orderBy: { createdAt: "asc" },
  });
  const membership = memberships.find((m) => m.organization.id === lastActiveOrganizationId) ?? memberships[0] ?? null;
  // The sign-in is part of the organization's audit log, written with the session it opens.
  const session = await db.$transaction(async (tx) => {
    const issued = await createSession(tx, { userId: user.id, organization: membership?.organization ?? null, role: membership?.role ?? null, meta });
    if (membership) {
      await recordAudit(tx, {
        organizationId: membership.organization.id,
        actorId: user.id,
        action: "member.signed_in",
        targetType: "user",
        targetId: user.id,
        meta,
      });
    }
    return issued;
  });
  return { ok: true, user, organization: membership?.organization ?? null, role: membership?.role ?? null, session };
}
