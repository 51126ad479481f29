import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { FileStorage } from "@/server/storage/file-storage";
import { DELETION_GRACE_DAYS } from "./deletion-policy";

/**
 * Deletes for good every organization soft-deleted more than DELETION_GRACE_DAYS ago: the row and, by cascade, all
 * its tenant data, its audit log included (the transaction says so in orgstack.purging_org, the one case the
 * append-only trigger allows), then its logo file. One transaction per organization, so a failure stops at one.
 * Takes its client and storage as arguments: it runs from a command-line job (scripts/jobs/purge.ts) as well.
 */
export async function purgeDeletedOrganizations(
  client: PrismaClient,
  files: FileStorage,
  now = new Date(),
): Promise<Array<{ id: string; slug: string; name: string }>> {
  const cutoff = new Date(now.getTime() - DELETION_GRACE_DAYS * 86_400_000);
  const due = await client.organization.findMany({
    where: { deletedAt: { not: null, lte: cutoff } },
    select: { id: true, slug: true, name: true, logoKey: true },
    orderBy: { deletedAt: "asc" },
  });
  const purged = [];
  for (const organization of due) {
    await client.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('orgstack.purging_org', ${organization.id}, true)`;
      await tx.organization.delete({ where: { id: organization.id } });
    });
    if (organization.logoKey) await files.delete(organization.logoKey);
    purged.push({ id: organization.id, slug: organization.slug, name: organization.name });
  }
  return purged;
}
