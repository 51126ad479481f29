import "server-only";
import type { LoginInput } from "@/lib/validation/auth";
import type { SecondFactorInput } from "@/lib/validation/two-factor";
import { recordAudit } from "@/server/audit/record";
import { db, type Role } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { auditBreakGlass, entersByBreakGlass } from "@/server/security/entry";
import type { OrganizationSummary } from "@/server/organizations/create";
import { secondFactorMethods, verifySecondFactor, type SecondFactorMethod } from "@/server/two-factor/verify";
import { publicUserSelect, type PublicUser } from "@/server/users/dto";
import { verifyPassword } from "./password";
import { signPendingSignIn, verifyPendingSignIn } from "./pending-sign-in";
import { createSession, type IssuedSession } from "./sessions";

export type SignedIn = {
  status: "signed_in";
  user: PublicUser;
  organization: OrganizationSummary | null;
  role: Role | null;
  session: IssuedSession;
};
/** The password was right and the account has a second factor: the sign-in waits for it (pending-sign-in.ts). */
export type SecondFactorRequired = {
  status: "second_factor_required";
  methods: SecondFactorMethod[];
  pending: { token: string; expiresAt: Date };
};

/**
 * Checks the password. Without a second factor, opens a session in the user's last active organization (else their
 * oldest live one); with one, returns the pending sign-in that completeSignIn turns into a session.
 */
export async function logIn(input: LoginInput, meta: RequestMeta): Promise<Result<SignedIn | SecondFactorRequired>> {
  // Counted before the password is checked, so that guesses are limited whether they are right or wrong.
  const limited = await checkRateLimits(
    [
      { rule: "loginPerIp", key: meta.ip },
      { rule: "loginPerEmail", key: input.email },
    ],
    "Too many sign-in attempts.",
  );
  if (limited) return limited;
  const found = await db.user.findUnique({ where: { email: input.email }, select: { id: true, passwordHash: true } });
  // Always run bcrypt, even for an unknown email, so both failures take the same time.
  const valid = await verifyPassword(input.password, found?.passwordHash ?? null);
  if (!found || !valid) return fail("INVALID_CREDENTIALS", "That email and password don't match an account.");

  const methods = await secondFactorMethods(found.id);
  if (methods.length > 0) return { ok: true, status: "second_factor_required", methods, pending: await signPendingSignIn(found.id) };
  return openSession(found.id, meta, { secondFactor: false });
}

/**
 * The second step of a sign-in: the pending sign-in's user proves their second factor (a code from the app, or a
 * recovery code), and the session opens. An expired or forged pending sign-in starts over at the password.
 */
export async function completeSignIn(
  pendingToken: string | undefined,
  input: SecondFactorInput,
  meta: RequestMeta,
): Promise<Result<SignedIn>> {
  const userId = await verifyPendingSignIn(pendingToken);
  if (!userId) return fail("UNAUTHENTICATED", "Your sign-in timed out. Enter your email and password again.");
  const wrong = await verifySecondFactor(userId, input);
  if (wrong) return wrong;
  return openSession(userId, meta, { secondFactor: true });
}

/**
 * Opens a session for a user whose identity is proven (password, password and second factor, or a passkey), in the
 * last active organization (else the oldest live one), and writes the sign-in to that organization's audit log.
 */
export async function openSession(userId: string, meta: RequestMeta, proof: { secondFactor: boolean }): Promise<Result<SignedIn>> {
  const found = await db.user.findUnique({ where: { id: userId }, select: { ...publicUserSelect, lastActiveOrganizationId: true } });
  if (!found) return fail("UNAUTHENTICATED", "That account no longer exists.");
  const { lastActiveOrganizationId, ...user } = found;
  const memberships = await db.membership.findMany({
    where: { userId: user.id, organization: { deletedAt: null } },
    select: { role: true, organization: { select: { id: true, name: true, slug: true, requireSso: true } } },
    orderBy: { createdAt: "asc" },
  });
  const landing = memberships.find((m) => m.organization.id === lastActiveOrganizationId) ?? memberships[0] ?? null;
  const membership = landing && {
    role: landing.role,
    organization: { id: landing.organization.id, name: landing.organization.name, slug: landing.organization.slug },
  };
  // The sign-in is part of the organization's audit log, written with the session it opens.
  const session = await db.$transaction(async (tx) => {
    const issued = await createSession(tx, {
      userId: user.id,
      organization: membership?.organization ?? null,
      role: membership?.role ?? null,
      meta,
      secondFactorAt: proof.secondFactor ? new Date() : null,
    });
    if (membership) {
      await recordAudit(tx, {
        organizationId: membership.organization.id,
        actorId: user.id,
        action: "member.signed_in",
        targetType: "user",
        targetId: user.id,
        meta,
      });
      // Asked only where SSO is required: a sign-in elsewhere costs no extra round trip.
      const signer = { user, session: { ssoOrganizationId: null } };
      if (landing?.organization.requireSso && (await entersByBreakGlass(tx, signer, membership.organization.id, membership.role)))
        await auditBreakGlass(tx, signer, membership.organization.id, meta);
    }
    return issued;
  });
  return { ok: true, status: "signed_in", user, organization: membership?.organization ?? null, role: membership?.role ?? null, session };
}
