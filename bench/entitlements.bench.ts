// npm run bench:micro: what loading the organization's plan and licenses with every request's context costs. The
// context query as shipped (resolveSession) against the same query without its billing parts (the LEFT JOIN of
// Subscription and the licenses subquery), in one run. Both are one statement: the check adds no round trip.
import { bench, describe } from "vitest";
import { resolveSession } from "@/server/auth/context";
import { verifySessionToken } from "@/server/auth/token";
import { BILLING_COLUMNS, BILLING_JOIN } from "@/server/billing/load";
import { db, Prisma } from "@/server/db";
import { sessionKeys } from "@/env";
import { signUpUser } from "../tests/support/factories";

const owners = [];
for (let i = 0; i < 200; i++) owners.push(await signUpUser({ organizationName: `Billing Bench ${i}`, plan: i % 2 ? "pro" : null }));
for (const owner of owners.filter((_, i) => i % 3 === 0)) {
  await db.subscription.create({ data: { organizationId: owner.organization.id, plan: "business", status: "active", seats: 3 } });
}
const { token } = owners[0]!;
const claims = (await verifySessionToken(token, sessionKeys()))!;

describe("the request's context query: session, membership, custom permissions", () => {
  bench("with the plan and licenses (as shipped)", async () => {
    await resolveSession(token);
  });

  bench("the same statement alone, with them", () => contextStatement(true));
  // The statement of context.ts before billing (commit 3b1468f), run the same way.
  bench("the same statement alone, without them", () => contextStatement(false));
});

/** The context query of src/server/auth/context.ts, with or without its billing parts. */
async function contextStatement(withBilling: boolean) {
  // The same fragments context.ts uses, or none.
  const billingColumns = withBilling ? Prisma.sql`, ${BILLING_COLUMNS}` : Prisma.empty;
  const billingJoin = withBilling ? BILLING_JOIN : Prisma.empty;
  await db.$queryRaw`
    SELECT s.id AS "sessionId", s."createdAt" AS "sessionCreatedAt", s."expiresAt", s."lastSeenAt", s."activeOrganizationId",
           u.id AS "userId", u.email, u.name, u."emailVerifiedAt", u."isSuperadmin",
           o.id AS "organizationId", o.name AS "organizationName", o.slug AS "organizationSlug", m.role,
           COALESCE((
             SELECT array_agg(DISTINCT permission)
             FROM "MembershipCustomRole" held
             JOIN "CustomRole" cr ON cr.id = held."customRoleId" AND cr."organizationId" = held."organizationId"
             CROSS JOIN LATERAL unnest(cr.permissions) AS permission
             WHERE held."membershipId" = m.id
           ), ARRAY[]::text[]) AS "customPermissions" ${billingColumns}
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Membership" m ON m."userId" = s."userId" AND m."organizationId" = s."activeOrganizationId"
    LEFT JOIN "Organization" o ON o.id = m."organizationId" AND o."deletedAt" IS NULL
    ${billingJoin}
    WHERE s.id = ${claims.sid} AND s."userId" = ${claims.sub} AND s."revokedAt" IS NULL AND s."expiresAt" > now()`;
}
