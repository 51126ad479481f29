import "server-only";
import type { SessionContext } from "@/server/auth/context";
import { moveSessionToOrganization } from "@/server/auth/sessions";
import { db } from "@/server/db";
import { createOrganizationWithOwner, type OrganizationSummary } from "./create";

/** A signed-in user creates an organization: they own it and it becomes their active one. */
export async function createOrganizationForUser(
  viewer: SessionContext,
  input: { name: string },
): Promise<{ organization: OrganizationSummary; token: string }> {
  return db.$transaction(async (tx) => {
    const organization = await createOrganizationWithOwner(tx, { name: input.name, ownerId: viewer.user.id });
    const token = await moveSessionToOrganization(tx, {
      userId: viewer.user.id,
      sessionId: viewer.session.id,
      organizationId: organization.id,
      role: "OWNER",
    });
    return { organization, token };
  });
}
