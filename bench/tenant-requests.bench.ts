// npm run bench: what tenant isolation costs per request. Prints the database round trips of typical authenticated
// requests, then times GET /api/projects: the handler as shipped, and its reads with row-level security (a
// transaction that switches to the tenant role) against the same reads without it. Numbers, not assertions: see the README for figures measured.
import { bench, describe } from "vitest";
import { GET as meRoute } from "../app/api/me/route";
import { GET as listProjectsRoute, POST as createProjectRoute } from "../app/api/projects/route";
import { GET as getProjectRoute } from "../app/api/projects/[id]/route";
import { resolveSession, type OrgContext } from "@/server/auth/context";
import { db, queryCounter } from "@/server/db";
import { projectSelect } from "@/server/projects/dto";
import { listProjects } from "@/server/projects/queries";
import { withTenant } from "@/server/tenant/scope";
import { call } from "../tests/support/http";
import { signUpUser } from "../tests/support/factories";

const ORGANIZATIONS = 20;
const PROJECTS_PER_ORGANIZATION = 500;

const owners = [];
for (let i = 0; i < ORGANIZATIONS; i++) owners.push(await signUpUser({ organizationName: `Bench Org ${i}` }));
for (const owner of owners) {
  await db.project.createMany({
    data: Array.from({ length: PROJECTS_PER_ORGANIZATION }, (_, n) => ({
      createdAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000),
      organizationId: owner.organization.id,
      createdById: owner.user.id,
      name: `Project ${n}`,
      description: "A project used to measure list latency.",
    })),
  });
}
const { token, organization } = owners[0]!;
const someProject = (await db.project.findFirstOrThrow({ where: { organizationId: organization.id }, select: { id: true } })).id;

async function roundTrips(label: string, send: () => Promise<Response>) {
  const before = queryCounter.count;
  const response = await send();
  console.log(`  ${label.padEnd(34)} ${String(queryCounter.count - before).padStart(2)} statements  (HTTP ${response.status})`);
}

console.log(`\nDatabase statements per request (${ORGANIZATIONS} orgs x ${PROJECTS_PER_ORGANIZATION} projects; BEGIN and COMMIT count):`);
await roundTrips("GET /api/me", () => call(meRoute, "GET", "/api/me", { token }));
await roundTrips("GET /api/projects", () => call(listProjectsRoute, "GET", "/api/projects", { token }));
await roundTrips("GET /api/projects/:id", () => call(getProjectRoute, "GET", "/", { token, params: { id: someProject } }));
await roundTrips("POST /api/projects", () => call(createProjectRoute, "POST", "/api/projects", { token, body: { name: "Bench" } }));

describe("GET /api/projects: 50 newest of 500, among 10,000 rows", () => {
  bench("the route handler as shipped (HTTP parsing, session check, RLS transaction, JSON)", async () => {
    const response = await call(listProjectsRoute, "GET", "/api/projects", { token });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    await response.json();
  });

  bench("session check + listProjects, with row-level security", async () => {
    const ctx = (await resolveSession(token)) as OrgContext;
    await listProjects(ctx, { limit: 50 });
  });

  bench("session check + the same findMany, without row-level security", async () => {
    const ctx = (await resolveSession(token)) as OrgContext;
    await db.project.findMany({
      where: { organizationId: ctx.organization.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 51,
      select: projectSelect,
    });
  });
});

describe("the tenant transaction alone", () => {
  bench("withTenant(ctx, () => nothing): BEGIN, set role and org, COMMIT", async () => {
    await withTenant({ organization }, async () => null);
  });
  bench("session check: resolveSession (1 statement)", async () => {
    await resolveSession(token);
  });
});
