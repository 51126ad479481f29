import "server-only";
import type { Prisma } from "@/server/db";

/** What leaves the server for a key: never its hash. */
export const apiKeySelect = {
  id: true,
  name: true,
  prefix: true,
  permissions: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.ApiKeySelect;

export type ApiKeyRow = Prisma.ApiKeyGetPayload<{ select: typeof apiKeySelect }>;
export type ApiKeyStatus = "active" | "expired" | "revoked";
export type ApiKeyDto = ApiKeyRow & { status: ApiKeyStatus };

export function toApiKeyDto(row: ApiKeyRow, now = new Date()): ApiKeyDto {
  const status: ApiKeyStatus = row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active";
  return { ...row, status };
}
