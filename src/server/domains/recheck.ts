import "server-only";
import { recordAudit } from "@/server/audit/record";
import { db } from "@/server/db";
import { lookUp } from "./mutations";

/**
 * The daily re-check of every verified domain (the "domain-recheck" job): a record that is gone makes the
 * verification lapse — nobody joins through it until it is verified again, and the settings page says so — and one
 * that is back restores it. An unreachable resolver changes nothing. Returns what changed.
 */
export async function recheckVerifiedDomains(now = new Date()): Promise<{ lapsed: string[]; restored: string[] }> {
  const domains = await db.organizationDomain.findMany({
    where: { verifiedAt: { not: null }, organization: { deletedAt: null } },
    select: { id: true, organizationId: true, domain: true, verificationToken: true, lapsedAt: true },
  });
  const lapsed: string[] = [];
  const restored: string[] = [];
  for (const row of domains) {
    const found = await lookUp(row.domain, row.verificationToken);
    if (typeof found !== "boolean") continue;
    await db.$transaction(async (tx) => {
      if (!found && !row.lapsedAt) {
        await tx.organizationDomain.update({ where: { id: row.id }, data: { lapsedAt: now, lastCheckedAt: now } });
        await recordAudit(tx, {
          organizationId: row.organizationId,
          actorId: null,
          action: "domain.lapsed",
          targetType: "domain",
          targetId: row.id,
          metadata: { domain: row.domain },
        });
        lapsed.push(row.domain);
      } else if (found && row.lapsedAt) {
        await tx.organizationDomain.update({ where: { id: row.id }, data: { lapsedAt: null, lastCheckedAt: now } });
        await recordAudit(tx, {
          organizationId: row.organizationId,
          actorId: null,
          action: "domain.verified",
          targetType: "domain",
          targetId: row.id,
          metadata: { domain: row.domain, recheck: true },
        });
        restored.push(row.domain);
      } else {
        await tx.organizationDomain.update({ where: { id: row.id }, data: { lastCheckedAt: now } });
      }
    });
  }
  return { lapsed, restored };
}
