import "server-only";
import type { SecurityPolicyInput } from "@/lib/validation/security";
import { audit } from "@/server/audit/record";
import type { MemberContext, OrgContext } from "@/server/auth/context";
import { meetsTwoFactorPolicy } from "@/server/auth/step-up";
import type { RequestMeta } from "@/server/http/request-meta";
import type { Tx } from "@/server/db";
import { fail, type Failure, type Result } from "@/server/results/result";
import { readTenant, withTenant } from "@/server/tenant/scope";

export type SecurityPolicy = {
  requireTwoFactor: boolean;
  supportAccessAllowed: boolean;
  requireSso: boolean;
  /** The members a two-factor requirement keeps out until they set one up: the settings page lists them first. */
  membersWithoutSecondFactor: { id: string; name: string; email: string }[];
};

const POLICY = { requireTwoFactor: true, supportAccessAllowed: true, requireSso: true } as const;

/** Requiring SSO needs a connection turned on and a verified domain whose people it applies to. */
async function ssoPrerequisiteMissing(tx: Tx, organizationId: string): Promise<Failure | null> {
  const [connection, domain] = await Promise.all([
    tx.ssoConnection.findFirst({ where: { organizationId, enabled: true }, select: { id: true } }),
    tx.organizationDomain.findFirst({ where: { organizationId, verifiedAt: { not: null }, lapsedAt: null }, select: { id: true } }),
  ]);
  if (!connection)
    return fail("SSO_NOT_CONFIGURED", "Set up a single sign-on connection first: requiring it without one would lock everyone out.");
  if (!domain)
    return fail(
      "SSO_NOT_CONFIGURED",
      "Verify a domain first: single sign-on is required of the people whose address is at the organization's verified domains.",
    );
  return null;
}

export async function securityPolicyOf(ctx: OrgContext): Promise<SecurityPolicy> {
  return readTenant(ctx, async (tx) => {
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: ctx.organization.id }, select: POLICY });
    // Second factors are not the tenant role's to read: a definer function says who has one (migration 20261202094107).
    const members = await tx.$queryRaw<{ id: string; name: string; email: string }[]>`
      SELECT u.id, u.name, u.email FROM orgstack_members_second_factor() f JOIN "User" u ON u.id = f."userId"
      WHERE NOT f."hasSecondFactor" ORDER BY u.name, u.email`;
    return { ...organization, membersWithoutSecondFactor: members };
  });
}

/**
 * Changes the policy, audited with what changed. An owner turns the two-factor requirement on only once they meet it
 * themselves in this session: the first person it would lock out must not be the one turning it on.
 */
export async function updateSecurityPolicy(
  ctx: MemberContext,
  input: SecurityPolicyInput,
  meta: RequestMeta,
): Promise<Result<{ policy: Omit<SecurityPolicy, "membersWithoutSecondFactor"> }>> {
  if (input.requireTwoFactor && !meetsTwoFactorPolicy(ctx)) {
    return fail("MFA_REQUIRED", "Set up two-factor authentication for yourself first (your account page), then require it of everyone.");
  }
  return withTenant(ctx, async (tx) => {
    const current = await tx.organization.findUniqueOrThrow({ where: { id: ctx.organization.id }, select: POLICY });
    const changes: Record<string, { from: boolean; to: boolean }> = {};
    if (input.requireSso && !current.requireSso) {
      const unmet = await ssoPrerequisiteMissing(tx, ctx.organization.id);
      if (unmet) return unmet;
    }
    for (const key of ["requireTwoFactor", "supportAccessAllowed", "requireSso"] as const) {
      const wanted = input[key];
      if (wanted !== undefined && wanted !== current[key]) changes[key] = { from: current[key], to: wanted };
    }
    if (Object.keys(changes).length === 0) return { ok: true as const, policy: current };
    const policy = await tx.organization.update({
      where: { id: ctx.organization.id },
      data: { requireTwoFactor: input.requireTwoFactor, supportAccessAllowed: input.supportAccessAllowed, requireSso: input.requireSso },
      select: POLICY,
    });
    await audit(tx, ctx, meta, {
      action: "security.policy_changed",
      targetType: "organization",
      targetId: ctx.organization.id,
      metadata: { changes },
    });
    return { ok: true as const, policy };
  });
}
