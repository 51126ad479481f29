// npm run bench: the member list and the audit log of a large organization (5,000 members, 20,000 audit events)
// against a small one (60 members: still more than a page, so both answer 50 rows). Keyset pagination should make a
// page cost the same in both; the figures, and the query plan of a page, are printed — numbers, not assertions.
import { bench, describe } from "vitest";
import { GET as auditRoute } from "../app/api/audit/route";
import { GET as membersRoute } from "../app/api/organizations/current/members/route";
import { db } from "@/server/db";
import { signUpUser } from "../tests/support/factories";
import { call } from "../tests/support/http";

const LARGE = 5_000;
const EVENTS = 20_000;

/** `count` users (bulk-inserted, no password worth checking) who join `organizationId` as members. */
async function addMembers(organizationId: string, count: number, prefix: string) {
  await db.$executeRaw`
    WITH users AS (
      INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
      SELECT ${prefix} || n, ${prefix} || n || '@bench.test', 'Bench Member ' || n, 'x', now() FROM generate_series(1, ${count}::int) n
      RETURNING id
    )
    INSERT INTO "Membership" (id, "organizationId", "userId", role, "updatedAt", "createdAt")
    SELECT 'm' || id, ${organizationId}, id, 'MEMBER', now(), now() - (random() * interval '300 days') FROM users`;
}

const large = await signUpUser({ organizationName: "Large Members Bench" });
const small = await signUpUser({ organizationName: "Small Members Bench" });
await addMembers(large.organization.id, LARGE, "lg");
await addMembers(small.organization.id, 59, "sm");
await db.$executeRaw`
  INSERT INTO "AuditEvent" (id, "organizationId", "actorId", action, "targetType", "targetId", "createdAt")
  SELECT 'ae' || n, ${large.organization.id}, ${large.user.id}, 'project.created', 'project', 'p' || n, now() - (n * interval '1 minute')
  FROM generate_series(1, ${EVENTS}::int) n`;
await db.$executeRawUnsafe(`ANALYZE "Membership"; ANALYZE "User"; ANALYZE "AuditEvent"`);

// A cursor deep into the large list: the page after the 4,000th member.
let cursor: string | null = null;
for (let page = 0; page < 40; page++) {
  const response = await call(membersRoute, "GET", `/?limit=100${cursor ? `&cursor=${cursor}` : ""}`, { token: large.token });
  cursor = ((await response.json()) as { nextCursor: string | null }).nextCursor;
}
const deepCursor = cursor!;

const plan = await db.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(
  `EXPLAIN ANALYZE SELECT m.id FROM "Membership" m WHERE m."organizationId" = $1
     AND (m."createdAt", m.id) > (SELECT "createdAt", id FROM "Membership" WHERE id = $2)
   ORDER BY m."createdAt", m.id LIMIT 51`,
  large.organization.id,
  deepCursor,
);
console.log(`\nPlan of a deep member page in the ${LARGE}-member organization:\n${plan.map((row) => `  ${row["QUERY PLAN"]}`).join("\n")}`);

const options = { time: 1_500, warmupIterations: 5 };
describe("member list: one page of 50", () => {
  bench(
    `first page, ${LARGE}-member organization`,
    async () => {
      await call(membersRoute, "GET", "/", { token: large.token });
    },
    options,
  );
  bench(
    `page after the 4,000th member, ${LARGE}-member organization`,
    async () => {
      await call(membersRoute, "GET", `/?cursor=${deepCursor}`, { token: large.token });
    },
    options,
  );
  bench(
    "first page, 60-member organization",
    async () => {
      await call(membersRoute, "GET", "/", { token: small.token });
    },
    options,
  );
  bench(
    `search "member 4999", ${LARGE}-member organization`,
    async () => {
      await call(membersRoute, "GET", "/?q=member%204999", { token: large.token });
    },
    options,
  );
});

describe("audit log: one page of 50", () => {
  bench(
    `newest page, ${EVENTS} events`,
    async () => {
      await call(auditRoute, "GET", "/", { token: large.token });
    },
    options,
  );
  bench(
    `filtered by action, ${EVENTS} events`,
    async () => {
      await call(auditRoute, "GET", "/?action=project.created", { token: large.token });
    },
    options,
  );
  bench(
    "newest page, a handful of events",
    async () => {
      await call(auditRoute, "GET", "/", { token: small.token });
    },
    options,
  );
});
