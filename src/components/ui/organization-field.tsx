/** Every tenant form says which organization it was rendered for; actions refuse if another tab switched since. */
export function OrganizationField({ organizationId }: { organizationId: string }) {
  return <input type="hidden" name="organizationId" value={organizationId} />;
}
