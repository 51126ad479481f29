import "server-only";
import type { Tx } from "@/server/db";

/**
 * Gives each of these directory users exactly the custom roles their groups map to, among the roles some group
 * maps to (and `alsoManaged`: a group's role just unmapped or deleted): a custom role no group maps stays as the
 * admins set it by hand. Run (as the tenant role) after any
 * change to a user's groups, to a group's members, or to a group's mapping.
 */
export async function syncMappedRoles(
  tx: Tx,
  organizationId: string,
  directoryUserIds: string[],
  alsoManaged: string[] = [],
): Promise<void> {
  if (directoryUserIds.length === 0) return;
  const mapped = await tx.directoryGroup.findMany({
    where: { organizationId, customRoleId: { not: null } },
    select: { customRoleId: true },
  });
  const managed = [...new Set([...mapped.map((group) => group.customRoleId!), ...alsoManaged])];
  const users = await tx.directoryUser.findMany({
    where: { organizationId, id: { in: directoryUserIds }, active: true },
    select: { userId: true, groups: { select: { group: { select: { customRoleId: true } } } } },
  });
  for (const user of users) {
    const membership = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId, userId: user.userId } },
      select: { id: true },
    });
    if (!membership) continue;
    const wanted = new Set(user.groups.map(({ group }) => group.customRoleId).filter((id): id is string => id !== null));
    await tx.membershipCustomRole.deleteMany({
      where: { organizationId, membershipId: membership.id, customRoleId: { in: managed.filter((id) => !wanted.has(id)) } },
    });
    if (wanted.size > 0) {
      await tx.membershipCustomRole.createMany({
        data: [...wanted].map((customRoleId) => ({ organizationId, membershipId: membership.id, customRoleId })),
        skipDuplicates: true,
      });
    }
  }
}
