import "server-only";

/**
 * Where the browser fetches an organization's logo, or null without one. The storage key is content-addressed, so
 * its hash in the URL changes with the logo and the response can be cached for good.
 */
export function logoUrl(organizationId: string, logoKey: string | null): string | null {
  if (!logoKey) return null;
  const version = logoKey.split("/").at(-1)!.split(".")[0]!.slice(0, 16);
  return `/api/organizations/${organizationId}/logo?v=${version}`;
}
