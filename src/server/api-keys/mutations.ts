import "server-only";
import type { Permission } from "@/lib/permissions";
import type { CreateApiKeyInput } from "@/lib/validation/api-keys";
import { audit } from "@/server/audit/record";
import type { MemberContext, OrgContext } from "@/server/auth/context";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import { withTenant } from "@/server/tenant/scope";
import { apiKeySelect, toApiKeyDto, type ApiKeyDto } from "./dto";
import { apiKeyNotFound } from "./queries";
import { newApiKeySecret } from "./secret";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Creates a key of the organization carrying `permissions` — never one the creator does not hold, so a key is no way
 * up. The secret is returned this once; only its hash is stored.
 */
export async function createApiKey(
  ctx: MemberContext,
  input: CreateApiKeyInput,
  meta: RequestMeta,
): Promise<Result<{ key: ApiKeyDto; secret: string }>> {
  const missing = input.permissions.filter((permission) => !ctx.permissions.includes(permission as Permission));
  if (missing.length > 0) return fail("FORBIDDEN", `A key cannot carry permissions you do not have yourself: ${missing.join(", ")}.`);
  const { secret, prefix, secretHash } = newApiKeySecret();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY) : null;
  const key = await withTenant(ctx, async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        organizationId: ctx.organization.id,
        name: input.name,
        prefix,
        secretHash,
        permissions: input.permissions,
        createdById: ctx.user.id,
        createdByName: ctx.user.name,
        expiresAt,
      },
      select: apiKeySelect(ctx.organization.id),
    });
    await audit(tx, ctx, meta, {
      action: "api_key.created",
      targetType: "api_key",
      targetId: created.id,
      metadata: { name: created.name, prefix, permissions: input.permissions, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return created;
  });
  return { ok: true, key: toApiKeyDto(key), secret };
}

/** Revokes a key from its next request on; the row stays (the audit log names it). Revoking twice is a 404. */
export async function revokeApiKey(ctx: OrgContext, id: string, meta: RequestMeta): Promise<Result<object>> {
  if (!isId(id)) return apiKeyNotFound();
  return withTenant(ctx, async (tx) => {
    const revoked = await tx.apiKey.updateManyAndReturn({
      where: { id, organizationId: ctx.organization.id, revokedAt: null },
      data: { revokedAt: new Date() },
      select: { name: true, prefix: true },
    });
    if (revoked.length !== 1) return apiKeyNotFound();
    await audit(tx, ctx, meta, {
      action: "api_key.revoked",
      targetType: "api_key",
      targetId: id,
      metadata: { name: revoked[0]!.name, prefix: revoked[0]!.prefix },
    });
    return { ok: true as const };
  });
}
