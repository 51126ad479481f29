import "server-only";
import type { Prisma } from "@/server/db";

/** What leaves the server for a key: never its hash. The creator's membership says whether they are still here. */
export function apiKeySelect(organizationId: string) {
  return {
    id: true,
    name: true,
    prefix: true,
    permissions: true,
    lastUsedAt: true,
    expiresAt: true,
    revokedAt: true,
    createdAt: true,
    createdById: true,
    createdByName: true,
    // Row-level security shows only the organization's members: a creator who left reads as no row.
    createdBy: { select: { memberships: { where: { organizationId }, select: { id: true } } } },
  } satisfies Prisma.ApiKeySelect;
}

export type ApiKeyRow = Prisma.ApiKeyGetPayload<{ select: ReturnType<typeof apiKeySelect> }>;
export type ApiKeyStatus = "active" | "expired" | "revoked";
export type ApiKeyDto = Omit<ApiKeyRow, "createdBy" | "createdById" | "createdByName"> & {
  status: ApiKeyStatus;
  /**
   * Who made it; `stillMember: false` once they left the organization or deleted their account (the key keeps
   * working: it is the organization's).
   */
  createdBy: { id: string | null; name: string; stillMember: boolean };
};

export function toApiKeyDto(row: ApiKeyRow, now = new Date()): ApiKeyDto {
  const { createdBy, createdById, createdByName, ...key } = row;
  const status: ApiKeyStatus = key.revokedAt ? "revoked" : key.expiresAt && key.expiresAt <= now ? "expired" : "active";
  return { ...key, status, createdBy: { id: createdById, name: createdByName, stillMember: (createdBy?.memberships.length ?? 0) > 0 } };
}
