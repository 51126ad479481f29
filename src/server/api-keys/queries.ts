import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { fail } from "@/server/results/result";
import { readTenant } from "@/server/tenant/scope";
import { apiKeySelect, toApiKeyDto, type ApiKeyDto } from "./dto";

/** The organization's keys, newest first, revoked ones included (the audit log names them). */
export async function listApiKeys(ctx: OrgContext): Promise<ApiKeyDto[]> {
  const rows = await readTenant(ctx, (tx) =>
    tx.apiKey.findMany({
      where: { organizationId: ctx.organization.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: apiKeySelect(ctx.organization.id),
    }),
  );
  const now = new Date();
  return rows.map((row) => toApiKeyDto(row, now));
}

export function apiKeyNotFound() {
  return fail("NOT_FOUND", "No such API key in this organization.");
}
