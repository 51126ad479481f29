import "server-only";
import { randomBytes } from "node:crypto";
import { actorOf, recordAudit } from "@/server/audit/record";
import type { OrgContext } from "@/server/auth/context";
import type { Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Failure, type Result } from "@/server/results/result";
import { isUniqueViolation } from "@/server/prisma-errors";
import { checkRateLimits } from "@/server/rate-limit/consume";
import { readTenant, withTenant } from "@/server/tenant/scope";
import { DnsUnavailable, txtRecords, verificationRecordName } from "./dns";
import { domainSelect, toDomainDto, type DomainDto } from "./dto";

export const MAX_DOMAINS = 20;

export async function listDomains(ctx: OrgContext): Promise<DomainDto[]> {
  const rows = await readTenant(ctx, (tx) =>
    tx.organizationDomain.findMany({ where: { organizationId: ctx.organization.id }, select: domainSelect, orderBy: { createdAt: "asc" } }),
  );
  return rows.map(toDomainDto);
}

/** Claims a domain: pending until its TXT record is found. Several organizations may claim one; the first to prove it holds it. */
export async function addDomain(ctx: OrgContext, domain: string, meta: RequestMeta): Promise<Result<{ domain: DomainDto }>> {
  try {
    return await withTenant(ctx, async (tx) => {
      if ((await tx.organizationDomain.count({ where: { organizationId: ctx.organization.id } })) >= MAX_DOMAINS) {
        return fail("VALIDATION_FAILED", `An organization may have at most ${MAX_DOMAINS} domains.`);
      }
      const row = await tx.organizationDomain.create({
        data: {
          organizationId: ctx.organization.id,
          domain,
          verificationToken: `orgstack-verification=${randomBytes(16).toString("hex")}`,
        },
        select: domainSelect,
      });
      await audit(tx, ctx, "domain.added", row.id, { domain }, meta);
      return { ok: true as const, domain: toDomainDto(row) };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return fail("VALIDATION_FAILED", "This organization has that domain already.", { domain: "Added already." });
    throw error;
  }
}

/**
 * Looks the TXT record up now. Found: verified (or no longer lapsed). Not found: the record to add, again. Another
 * organization verified it first: 409 DOMAIN_TAKEN. The resolver down: 503, nothing changes.
 */
export async function verifyDomain(ctx: OrgContext, id: string, meta: RequestMeta): Promise<Result<{ domain: DomainDto }>> {
  const limited = await checkRateLimits([{ rule: "domainChecksPerOrganization", key: ctx.organization.id }], "Too many domain checks.");
  if (limited) return limited;
  const row = await readTenant(ctx, (tx) =>
    tx.organizationDomain.findFirst({ where: { id, organizationId: ctx.organization.id }, select: domainSelect }),
  );
  if (!row) return domainNotFound();
  const found = await lookUp(row.domain, row.verificationToken);
  if (typeof found !== "boolean") return found;
  try {
    return await withTenant(ctx, async (tx) => {
      const now = new Date();
      if (!found) {
        const updated = await tx.organizationDomain.update({
          where: { id: row.id, organizationId: ctx.organization.id },
          data: { lastCheckedAt: now },
          select: domainSelect,
        });
        const record = `${verificationRecordName(row.domain)} TXT "${row.verificationToken}"`;
        return updated.verifiedAt
          ? { ok: true as const, domain: toDomainDto(updated) }
          : fail(
              "DOMAIN_NOT_VERIFIED",
              `The TXT record was not found yet. Add ${record} at your DNS provider; changes can take a while to appear.`,
            );
      }
      const updated = await tx.organizationDomain.update({
        where: { id: row.id, organizationId: ctx.organization.id },
        data: { verifiedAt: row.verifiedAt ?? now, lapsedAt: null, lastCheckedAt: now },
        select: domainSelect,
      });
      if (!row.verifiedAt || row.lapsedAt) await audit(tx, ctx, "domain.verified", row.id, { domain: row.domain }, meta);
      return { ok: true as const, domain: toDomainDto(updated) };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return fail("DOMAIN_TAKEN", `Another organization has verified ${row.domain} already. Contact support if it is yours.`);
    throw error;
  }
}

/** Whether the record is there; a failure when the resolver cannot say. */
export async function lookUp(domain: string, token: string): Promise<boolean | Failure> {
  try {
    return (await txtRecords(verificationRecordName(domain))).some((value) => value.trim() === token);
  } catch (error) {
    if (error instanceof DnsUnavailable) return fail("SERVICE_UNAVAILABLE", "DNS could not be reached just now. Try again in a minute.");
    throw error;
  }
}

export async function updateDomain(
  ctx: OrgContext,
  id: string,
  input: { joinMode: "SUGGEST" | "AUTOMATIC"; joinRole: "ADMIN" | "MEMBER" | "GUEST" },
  meta: RequestMeta,
): Promise<Result<{ domain: DomainDto }>> {
  return withTenant(ctx, async (tx) => {
    const row = await tx.organizationDomain.findFirst({
      where: { id, organizationId: ctx.organization.id },
      select: { id: true, domain: true, verifiedAt: true },
    });
    if (!row) return domainNotFound();
    if (!row.verifiedAt) return fail("DOMAIN_NOT_VERIFIED", "Verify the domain first: only a verified domain lets people join.");
    const updated = await tx.organizationDomain.update({
      where: { id: row.id, organizationId: ctx.organization.id },
      data: input,
      select: domainSelect,
    });
    await audit(tx, ctx, "domain.updated", row.id, { domain: row.domain, ...input }, meta);
    return { ok: true as const, domain: toDomainDto(updated) };
  });
}

export async function removeDomain(ctx: OrgContext, id: string, meta: RequestMeta): Promise<Result<object>> {
  return withTenant(ctx, async (tx) => {
    const row = await tx.organizationDomain.findFirst({
      where: { id, organizationId: ctx.organization.id },
      select: { id: true, domain: true },
    });
    if (!row) return domainNotFound();
    await tx.organizationDomain.deleteMany({ where: { id: row.id, organizationId: ctx.organization.id } });
    await audit(tx, ctx, "domain.removed", row.id, { domain: row.domain }, meta);
    return { ok: true as const };
  });
}

function audit(
  tx: Tx,
  ctx: OrgContext,
  action: "domain.added" | "domain.verified" | "domain.updated" | "domain.removed",
  id: string,
  metadata: Record<string, string>,
  meta: RequestMeta,
) {
  return recordAudit(tx, {
    organizationId: ctx.organization.id,
    ...actorOf(ctx),
    action,
    targetType: "domain",
    targetId: id,
    metadata,
    meta,
  });
}

function domainNotFound() {
  return fail("NOT_FOUND", "Domain not found.");
}
