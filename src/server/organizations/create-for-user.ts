import "server-only";
import type { CreateOrganizationInput } from "@/lib/validation/auth";
import type { SessionContext } from "@/server/auth/context";
import { moveSessionToOrganization } from "@/server/auth/sessions";
import { db } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { createOrganizationWithOwner, type OrganizationSummary } from "./create";

const SLUG_TAKEN = "That URL name is taken. Choose another.";

/** A signed-in user creates an organization: they own it and it becomes their active one. */
export async function createOrganizationForUser(
  viewer: SessionContext,
  input: CreateOrganizationInput,
  meta: RequestMeta,
): Promise<Result<{ organization: OrganizationSummary; token: string }>> {
  return db.$transaction(async (tx) => {
    const organization = await createOrganizationWithOwner(tx, { name: input.name, slug: input.slug, ownerId: viewer.user.id, meta });
    if (!organization) return fail("SLUG_TAKEN", SLUG_TAKEN, { slug: SLUG_TAKEN });
    const token = await moveSessionToOrganization(tx, {
      userId: viewer.user.id,
      sessionId: viewer.session.id,
      organization,
      role: "OWNER",
    });
    return { ok: true as const, organization, token };
  });
}
