// npm run bench: the authenticated, tenant-scoped request path under load, against the framework's own ceiling.
// Builds for production, seeds a large dataset into a dedicated database on the local PostgreSQL, starts `next start`
// behind a proxy that counts database round trips, drives load with autocannon over loopback, and writes
// bench/results/<date>.json and the table in docs/benchmarks.md. Figures, not assertions.
import { spawnSync } from "node:child_process";
import os from "node:os";
import pg from "pg";
import { signSessionToken } from "../../src/server/auth/token";
import { firstLoadJavaScript } from "./bundle";
import { startCountingProxy } from "./counting-proxy";
import { createBenchDatabase, dropBenchDatabase, through } from "./database";
import { roundTripsPerRequest, runLoad, type LoadRequest, type LoadResult } from "./load";
import { writeLatencyResults, writeResults, type LatencyRow, type Results, type Scenario } from "./report";
import { seedLoadData, openSession, type SeededOrganization } from "./seed";
import { JWT_SECRET, ROOT, startServer, type RunningServer } from "./server";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LARGE = { organizations: 1_000, membersPerOrganization: 20, projectsPerOrganization: 200, bigOrganizationMembers: 5_000 };
const SMALL = { ...LARGE, organizations: 10 };
const SESSIONS = 50;
const WARM_UP_SECONDS = 3;
// `npm run bench -- --db-latency-ms 2`: every database answer held back that long (a database in another zone); the
// run then measures p50 at 1 connection and req/s at CONNECTIONS for the main rows only.
const latencyFlag = process.argv.indexOf("--db-latency-ms");
const DB_LATENCY_MS = latencyFlag > 0 ? Number(process.argv[latencyFlag + 1]) : 0;
if (!Number.isFinite(DB_LATENCY_MS) || DB_LATENCY_MS < 0) throw new Error("--db-latency-ms takes a number of milliseconds");

function log(message: string) {
  console.log(`[bench] ${message}`);
}

async function sessionsFor(url: string, organizations: SeededOrganization[]): Promise<string[]> {
  const tokens = [];
  for (const organization of organizations) {
    const sid = await openSession(url, organization.ownerId, organization.id);
    tokens.push(
      await signSessionToken({ sub: organization.ownerId, sid, org: organization.id, slug: organization.slug, role: "OWNER" }, JWT_SECRET),
    );
  }
  return tokens;
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query("SHOW server_version");
  await client.end();
  return `PostgreSQL ${String(rows[0].server_version).split(" ")[0]}`;
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("next build");
    const build = spawnSync("node_modules/.bin/next", ["build"], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const proxy = await startCountingProxy({ host: "127.0.0.1", port: 5432 }, { latencyMs: DB_LATENCY_MS });
  const databases = { large: "orgstack_bench_large", small: "orgstack_bench_small" };
  const servers: RunningServer[] = [];
  try {
    log("seeding 1,000 organizations and 10 organizations (two databases)");
    const largeUrl = await createBenchDatabase(databases.large);
    const large = await seedLoadData(largeUrl, LARGE);
    if (DB_LATENCY_MS > 0) {
      await latencyRun(largeUrl, large.organizations, proxy, servers);
      return;
    }
    const smallUrl = await createBenchDatabase(databases.small);
    const small = await seedLoadData(smallUrl, SMALL);
    log(`dataset: ${JSON.stringify(large.counts)}`);

    const load = (url: string, request: LoadRequest) => runLoad(url, request, { connections: CONNECTIONS, seconds: SECONDS });
    const reads = (cookies: string[]) => ({
      me: { path: "/api/me", cookies },
      projects: { path: "/api/projects", cookies },
      page: { path: "/dashboard/projects", cookies },
    });

    // The large database: every scenario, with round trips and memory.
    const largeCookies = await sessionsFor(largeUrl, large.organizations.slice(0, SESSIONS));
    const [bigCookie, smallOrgCookie] = await sessionsFor(largeUrl, [large.big, large.small]);
    const server = await startServer(through(largeUrl, proxy.port), 3200);
    servers.push(server);
    let counter = 0;
    const scenarios: Scenario[] = [];
    const measure = async (key: string, label: string, request: LoadRequest, countRoundTrips = true) => {
      log(`(${key}) ${label}`);
      const roundTrips = countRoundTrips ? await roundTripsPerRequest(server.url, request, proxy) : null;
      const result = await load(server.url, request);
      scenarios.push({ key, label, result, roundTrips });
      return result;
    };
    const largeReads = reads(largeCookies);
    // A fresh server compiles and caches on first use: warm every path up before anything is measured.
    const warm = (url: string, requests: LoadRequest[]) =>
      Promise.all(requests.map((request) => runLoad(url, request, { connections: 4, seconds: WARM_UP_SECONDS })));
    log("warming up");
    await warm(server.url, [
      { path: "/api/health", cookies: [] },
      { path: "/health", cookies: [] },
      largeReads.me,
      largeReads.projects,
      largeReads.page,
    ]);
    await measure("a", "(a) bare route handler, constant JSON, no middleware (`GET /api/health`)", { path: "/api/health", cookies: [] });
    await measure("a′", "(a′) the same handler through the Edge middleware (`GET /health`)", { path: "/health", cookies: [] });
    const largeMe = await measure("b", "(b) `GET /api/me`", largeReads.me);
    const largeProjects = await measure("c", "(c) `GET /api/projects` (row-level security on)", largeReads.projects);
    const largePage = await measure("d", "(d) `/dashboard/projects` page", largeReads.page);
    await measure("e", "(e) `POST /api/projects`", {
      method: "POST",
      path: "/api/projects",
      cookies: largeCookies,
      body: () => JSON.stringify({ name: `Load ${counter++}` }),
    });
    const bigMembers = await measure("m", "members page of 50, 5,000-member organization (`GET /api/organizations/current/members`)", {
      path: "/api/organizations/current/members",
      cookies: [bigCookie!],
    });
    log("(f) login");
    const loginRequest: LoadRequest = {
      method: "POST",
      path: "/api/auth/login",
      cookies: [],
      body: () => JSON.stringify({ email: large.organizations[counter++ % SESSIONS]!.ownerEmail, password: large.password }),
      // Each sign-in from an address of its own, as from many people: one address would meet the per-address limit
      // (src/server/rate-limit/limits.ts) after 30 attempts. The limit's own statements are counted in the row.
      headers: () => ({ "x-forwarded-for": `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}` }),
    };
    const login = await runLoad(server.url, loginRequest, { connections: Math.min(CONNECTIONS, 8), seconds: SECONDS });
    scenarios.push({
      key: "f",
      label: "(f) `POST /api/auth/login` (bcrypt cost 12; 8 connections)",
      result: login,
      roundTrips: await roundTripsPerRequest(server.url, loginRequest, proxy, 5),
    });
    const smallMembers = await load(server.url, { path: "/api/organizations/current/members", cookies: [smallOrgCookie!] });
    // The same number of rows from both organizations: what the organization's size alone costs.
    const bigMembersFive = await load(server.url, { path: "/api/organizations/current/members?limit=5", cookies: [bigCookie!] });

    log("first-load JavaScript of /dashboard");
    const bundle = await firstLoadJavaScript(server.url, "/dashboard", largeCookies[0]!);
    const peakRssMb = server.peakRssMb();
    await server.stop();

    // The small database: the same reads, for the scaling ratios.
    const smallCookies = await sessionsFor(smallUrl, small.organizations);
    const smallServer = await startServer(through(smallUrl, proxy.port), 3201);
    servers.push(smallServer);
    const smallReads = reads(smallCookies);
    await warm(smallServer.url, [smallReads.me, smallReads.projects, smallReads.page]);
    log("the same reads with 10 organizations");
    const fewMe = await load(smallServer.url, smallReads.me);
    const fewProjects = await load(smallServer.url, smallReads.projects);
    const fewPage = await load(smallServer.url, smallReads.page);
    await smallServer.stop();

    const ratio = (label: string, few: LoadResult, many: LoadResult) => ({
      label,
      small: few,
      large: many,
      p50Ratio: many.p50Ms / Math.max(few.p50Ms, 1),
      rpsRatio: few.requestsPerSecond / many.requestsPerSecond,
    });
    const results: Results = {
      date: new Date().toISOString(),
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model.trim() ?? "unknown",
        memoryGb: Math.round(os.totalmem() / 1024 ** 3),
        node: process.versions.node,
        postgres: await postgresVersion(largeUrl),
      },
      dataset: large.counts,
      load: { connections: CONNECTIONS, seconds: SECONDS },
      scenarios,
      scaling: [
        ratio("`GET /api/me`, 10 vs 1,000 organizations", fewMe, largeMe),
        ratio("`GET /api/projects`, 10 vs 1,000 organizations", fewProjects, largeProjects),
        ratio("`/dashboard/projects`, 10 vs 1,000 organizations", fewPage, largePage),
        ratio("member list, 5-member vs 5,000-member organization (a page: 5 rows vs 50)", smallMembers, bigMembers),
        ratio("member list, 5 rows from each: 5-member vs 5,000-member organization", smallMembers, bigMembersFive),
      ],
      bundle: { path: "/dashboard", ...bundle },
      peakRssMb,
    };
    const written = writeResults(results);
    console.table(
      scenarios.map((s) => ({
        request: s.key,
        "req/s": s.result.requestsPerSecond,
        p50: s.result.p50Ms,
        p99: s.result.p99Ms,
        errors: s.result.errors + s.result.non2xx,
        roundTrips: s.roundTrips?.critical,
        after: s.roundTrips?.background,
      })),
    );
    log(`wrote ${written.json} and ${written.markdown}`);
  } finally {
    // A failed run must not leave a server holding its port for the next one.
    await Promise.all(servers.map((running) => running.stop()));
    await proxy.close();
    if (process.env.BENCH_KEEP_DATABASES !== "1")
      await Promise.all([dropBenchDatabase(databases.large), dropBenchDatabase(databases.small)]);
  }
}

/** The latency mode: the main rows at 1 connection (p50) and at CONNECTIONS (req/s), database answers held back. */
async function latencyRun(url: string, organizations: SeededOrganization[], proxy: { port: number }, servers: RunningServer[]) {
  const cookies = await sessionsFor(url, organizations.slice(0, SESSIONS));
  const server = await startServer(through(url, proxy.port), 3200);
  servers.push(server);
  const rows: Array<{ key: string; label: string; request: LoadRequest }> = [
    { key: "a", label: "(a) `GET /api/health`", request: { path: "/api/health", cookies: [] } },
    { key: "a′", label: "(a′) `GET /health` (through the middleware)", request: { path: "/health", cookies: [] } },
    { key: "b", label: "(b) `GET /api/me`", request: { path: "/api/me", cookies } },
    { key: "c", label: "(c) `GET /api/projects`", request: { path: "/api/projects", cookies } },
    { key: "d", label: "(d) `/dashboard/projects` page", request: { path: "/dashboard/projects", cookies } },
  ];
  log(`warming up (database answers held back ${DB_LATENCY_MS} ms)`);
  await Promise.all(rows.map((row) => runLoad(server.url, row.request, { connections: 4, seconds: WARM_UP_SECONDS })));
  const measured: LatencyRow[] = [];
  for (const row of rows) {
    log(`${row.label}: 1 connection, then ${CONNECTIONS}`);
    const single = await runLoad(server.url, row.request, { connections: 1, seconds: SECONDS });
    const loaded = await runLoad(server.url, row.request, { connections: CONNECTIONS, seconds: SECONDS });
    measured.push({ key: row.key, label: row.label, single, loaded });
  }
  await server.stop();
  const written = writeLatencyResults({
    date: new Date().toISOString(),
    latencyMs: DB_LATENCY_MS,
    connections: CONNECTIONS,
    seconds: SECONDS,
    rows: measured,
  });
  console.table(measured.map((row) => ({ request: row.key, "p50 @1": row.single.p50Ms, "req/s @32": row.loaded.requestsPerSecond })));
  log(`wrote ${written.json} and ${written.markdown}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
