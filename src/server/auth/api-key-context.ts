import "server-only";
import { PERMISSIONS } from "@/lib/permissions";
import { looksLikeApiKey } from "@/server/api-keys/secret";
import { BILLING_COLUMNS, BILLING_JOIN, entitlementsOfColumns, type BillingColumns } from "@/server/billing/load";
import { db } from "@/server/db";
import { fail, type Result } from "@/server/results/result";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { hashSecretToken } from "@/server/secret-token";
import type { ApiKeyContext } from "./context";

// lastUsedAt is a day-to-day signal ("is this key still used?"): written at most once a minute per key.
const LAST_USED_PRECISION_SECONDS = 60;

type ApiKeyRow = BillingColumns & {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  lastUsedAt: Date | null;
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
};

/**
 * The secret of `Authorization: Bearer …`, or null when the request sends no Authorization header. A header of
 * another scheme, or a bearer that is not shaped like a key, is "" — present but unusable, so a 401 rather than the
 * cookie: a request that names a credential is judged by that credential alone.
 */
export function bearerSecret(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header === null) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match && looksLikeApiKey(match[1]!) ? match[1]! : "";
}

/**
 * An organization API key's context: the key (live: not revoked, not expired), its organization (not deleted) and
 * that organization's plan and licenses, in one round trip like a session's. `organizationId` (x-organization-id)
 * must be the key's own. Then the key's own rate limit.
 */
export async function resolveApiKey(secret: string, organizationId: string | undefined): Promise<Result<{ ctx: ApiKeyContext }>> {
  if (!secret) return invalidKey();
  const rows = await db.$queryRaw<ApiKeyRow[]>`
    SELECT k.id, k.name, k.prefix, k.permissions, k."lastUsedAt",
           o.id AS "organizationId", o.name AS "organizationName", o.slug AS "organizationSlug",
           ${BILLING_COLUMNS}
    FROM "ApiKey" k
    JOIN "Organization" o ON o.id = k."organizationId" AND o."deletedAt" IS NULL
    ${BILLING_JOIN}
    WHERE k."secretHash" = ${hashSecretToken(secret)} AND k."revokedAt" IS NULL AND (k."expiresAt" IS NULL OR k."expiresAt" > now())`;
  const row = rows[0];
  if (!row) return invalidKey();
  if (organizationId !== undefined && organizationId !== row.organizationId) {
    return fail("NOT_FOUND", "Organization not found: an API key acts only in the organization that created it.");
  }

  const limited = await checkRateLimits([{ rule: "apiKeyRequests", key: row.id }], "This API key has made many requests in a short time.");
  if (limited) return limited;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_SECONDS * 1000) {
    await db.apiKey.updateMany({ where: { id: row.id, organizationId: row.organizationId }, data: { lastUsedAt: new Date() } });
  }

  const ctx = {
    apiKey: { id: row.id, name: row.name, prefix: row.prefix },
    session: null,
    user: null,
    organization: { id: row.organizationId, name: row.organizationName, slug: row.organizationSlug },
    role: null,
    // Checked against the creator's when the key was made (api-keys/mutations.ts); a name a later version dropped grants nothing.
    permissions: PERMISSIONS.filter((permission) => row.permissions.includes(permission)),
    entitlements: entitlementsOfColumns(row),
    memberships: null,
    // The two-factor policy is about people; a key was made by an admin who met it (decision 0015).
    secondFactorRequired: false,
    ssoRequired: false,
    support: null,
  };
  return { ok: true, ctx: ctx as ApiKeyContext };
}

function invalidKey() {
  return fail("UNAUTHENTICATED", "This API key is not valid: it may have been revoked or have expired. Check the Authorization header.");
}
