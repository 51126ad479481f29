/** How long a deleted organization can be restored before `npm run jobs:purge` removes it for good. */
export const DELETION_GRACE_DAYS = 30;

export function purgeDate(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + DELETION_GRACE_DAYS * 86_400_000);
}
