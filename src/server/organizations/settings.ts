import "server-only";
import { env } from "@/env";
import type { UpdateOrganizationInput } from "@/lib/validation/organizations";
import { audit } from "@/server/audit/record";
import type { OrgContext } from "@/server/auth/context";
import { signSessionToken } from "@/server/auth/token";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { isUniqueViolation } from "@/server/prisma-errors";
import { withTenant } from "@/server/tenant/scope";
import type { OrganizationSummary } from "./create";

const SLUG_TAKEN = "That URL name is taken. Choose another.";

/**
 * Renames the organization and/or changes its URL name. The old slug stays the organization's (an alias): deep
 * links with it keep working and no other organization can take it; the organization may take it back. Returns
 * the caller's re-issued session token when the slug changed, so its `slug` claim stays true.
 */
export async function updateOrganization(
  ctx: OrgContext,
  input: UpdateOrganizationInput,
  meta: RequestMeta,
): Promise<Result<{ organization: OrganizationSummary; token: string | null }>> {
  const organizationId = ctx.organization.id;
  try {
    return await withTenant(ctx, async (tx) => {
      const current = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, slug: true } });
      const changes: Record<string, { from: string; to: string }> = {};
      if (input.name !== undefined && input.name !== current.name) changes.name = { from: current.name, to: input.name };
      if (input.slug !== undefined && input.slug !== current.slug) changes.slug = { from: current.slug, to: input.slug };
      if (Object.keys(changes).length === 0) return { ok: true as const, organization: { id: organizationId, ...current }, token: null };

      if (changes.slug) {
        const [{ taken }] = await tx.$queryRaw<
          [{ taken: boolean }]
        >`SELECT orgstack_slug_taken(${changes.slug.to}, ${organizationId}) AS taken`;
        if (taken) return fail("SLUG_TAKEN", SLUG_TAKEN, { slug: SLUG_TAKEN });
        await tx.organizationSlugAlias.deleteMany({ where: { organizationId, slug: changes.slug.to } });
        await tx.organizationSlugAlias.create({ data: { organizationId, slug: changes.slug.from } });
      }
      const organization = await tx.organization.update({
        where: { id: organizationId },
        data: { name: changes.name?.to, slug: changes.slug?.to },
        select: { id: true, name: true, slug: true },
      });
      await audit(tx, ctx, meta, {
        action: "organization.updated",
        targetType: "organization",
        targetId: organizationId,
        metadata: { changes },
      });
      // The cookie carries the slug; an API key has none to re-issue.
      const token =
        changes.slug && ctx.session
          ? await signSessionToken(
              { sub: ctx.user.id, sid: ctx.session.id, org: organizationId, slug: organization.slug, role: ctx.role },
              env.JWT_SECRET,
            )
          : null;
      return { ok: true as const, organization, token };
    });
  } catch (error) {
    // The unique index (current slugs) and the slug trigger (old ones, SQLSTATE 23505 too) decide a race the check
    // above lost; with the pg adapter both arrive as P2002 whose details name the slug.
    if (isUniqueViolation(error, "slug")) return fail("SLUG_TAKEN", SLUG_TAKEN, { slug: SLUG_TAKEN });
    throw error;
  }
}
