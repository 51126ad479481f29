import "server-only";
import { Prisma } from "@/server/db";

/**
 * Whether the organization `o`'s single sign-on applies to the user `u`: their address is at one of its verified
 * domains, and it has a connection turned on to sign in with (without one, requiring SSO would lock everyone out).
 * The fragment of the per-request context query (auth/context.ts); the entry checks ask the same (policy.ts).
 */
export const SSO_REQUIRED_OF_USER = Prisma.sql`EXISTS (
  SELECT 1 FROM "OrganizationDomain" d JOIN "SsoConnection" c ON c."organizationId" = d."organizationId" AND c.enabled
  WHERE d."organizationId" = o.id AND d.domain = split_part(u.email, '@', 2) AND d."verifiedAt" IS NOT NULL AND d."lapsedAt" IS NULL
)`;
