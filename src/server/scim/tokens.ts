import "server-only";
import { audit } from "@/server/audit/record";
import type { MemberContext, OrgContext } from "@/server/auth/context";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { hashSecretToken, newSecretToken } from "@/server/secret-token";
import { readTenant, withTenant } from "@/server/tenant/scope";
import { scimBase } from "./resources";
import { SCIM_TOKEN_PREFIX } from "./http";

export type ScimTokenView = { prefix: string; createdAt: Date; lastUsedAt: Date | null; baseUrl: string };

export async function scimTokenOf(ctx: OrgContext): Promise<ScimTokenView | null> {
  const row = await readTenant(ctx, (tx) =>
    tx.scimToken.findUnique({
      where: { organizationId: ctx.organization.id },
      select: { prefix: true, createdAt: true, lastUsedAt: true },
    }),
  );
  return row ? { ...row, baseUrl: scimBase() } : null;
}

/**
 * A new bearer token for the organization's directory, shown once and kept as its SHA-256; it replaces the one
 * before (a directory has one token). From now on the directory decides who is a member: SSO no longer makes
 * members by itself (sso/sign-in.ts).
 */
export async function createScimToken(ctx: MemberContext, meta: RequestMeta): Promise<{ token: string; view: ScimTokenView }> {
  const token = `${SCIM_TOKEN_PREFIX}${newSecretToken().token}`;
  const hash = hashSecretToken(token);
  return withTenant(ctx, async (tx) => {
    await tx.scimToken.deleteMany({ where: { organizationId: ctx.organization.id } });
    const row = await tx.scimToken.create({
      data: { organizationId: ctx.organization.id, tokenHash: hash, prefix: token.slice(0, 12), createdById: ctx.user.id },
      select: { id: true, prefix: true, createdAt: true, lastUsedAt: true },
    });
    await audit(tx, ctx, meta, { action: "scim.token_created", targetType: "scim_token", targetId: row.id });
    return { token, view: { prefix: row.prefix, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, baseUrl: scimBase() } };
  });
}

export async function revokeScimToken(ctx: MemberContext, meta: RequestMeta): Promise<Result<object>> {
  return withTenant(ctx, async (tx) => {
    const removed = await tx.scimToken.deleteMany({ where: { organizationId: ctx.organization.id } });
    if (removed.count === 0) return fail("NOT_FOUND", "Directory sync is not set up.");
    await audit(tx, ctx, meta, { action: "scim.token_revoked", targetType: "organization", targetId: ctx.organization.id });
    return { ok: true as const };
  });
}
