import "server-only";
import { slugCandidates } from "@/lib/slug";
import { recordAudit } from "@/server/audit/record";
import type { Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";

export type OrganizationSummary = { id: string; name: string; slug: string };

const SLUG_ATTEMPTS = 6;

/**
 * Creates an organization with `ownerId` as its OWNER and makes it the user's last active one. Runs inside the
 * caller's transaction. The slug is claimed with INSERT … ON CONFLICT DO NOTHING, so two concurrent sign-ups with
 * the same name both succeed with different slugs instead of one failing (a failed INSERT would abort the transaction).
 */
export async function createOrganizationWithOwner(
  tx: Tx,
  input: { name: string; ownerId: string; meta?: RequestMeta },
): Promise<OrganizationSummary>;
export async function createOrganizationWithOwner(
  tx: Tx,
  input: { name: string; slug?: string; ownerId: string; meta?: RequestMeta },
): Promise<OrganizationSummary | null>;
export async function createOrganizationWithOwner(
  tx: Tx,
  input: { name: string; slug?: string; ownerId: string; meta?: RequestMeta },
): Promise<OrganizationSummary | null> {
  let organization: OrganizationSummary | undefined;
  // A slug the user chose is taken or not (null); a derived one gets a random suffix until it is free.
  const candidates = input.slug ? [input.slug] : slugCandidates(input.name, SLUG_ATTEMPTS);
  for (const slug of candidates) {
    [organization] = await tx.organization.createManyAndReturn({
      data: [{ name: input.name, slug }],
      skipDuplicates: true,
      select: { id: true, name: true, slug: true },
    });
    if (organization) break;
  }
  if (!organization && input.slug) return null;
  if (!organization) throw new Error(`No free slug for "${input.name}" after ${SLUG_ATTEMPTS} attempts`);

  await tx.membership.create({ data: { organizationId: organization.id, userId: input.ownerId, role: "OWNER" } });
  await tx.user.update({ where: { id: input.ownerId }, data: { lastActiveOrganizationId: organization.id } });
  await recordAudit(tx, {
    organizationId: organization.id,
    actorId: input.ownerId,
    action: "organization.created",
    targetType: "organization",
    targetId: organization.id,
    metadata: { name: organization.name, slug: organization.slug },
    meta: input.meta,
  });
  return organization;
}
