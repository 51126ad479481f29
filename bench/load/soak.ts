// npm run bench:soak: 100 concurrent clients for 60 s, reads and writes across 50 organizations, against a production
// build on a PostgreSQL server of its own — which is stopped for a few seconds mid-run and started again. Reports the
// errors, how requests fail while the database is away (503, how fast), how soon the app recovers without a
// restart, and checks afterwards that no row landed in the wrong organization and no write was half done.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { signSessionToken } from "../../src/server/auth/token";
import { createCluster } from "./cluster";
import { openSession, seedLoadData } from "./seed";
import { JWT_SECRET, ROOT, startServer } from "./server";

const CLIENTS = 100;
const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const OUTAGE_AT = Math.round(SECONDS * 0.4) * 1000;
const OUTAGE_SECONDS = 5;
const PORT = 5499;

type Sample = { at: number; ms: number; status: number; kind: string };

function log(message: string) {
  console.log(`[soak] ${message}`);
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
  log(`starting a PostgreSQL server of its own on port ${PORT}`);
  const cluster = createCluster(PORT);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const migrate = spawnSync("node_modules/.bin/tsx", ["scripts/db/migrate.ts", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: cluster.url },
    });
    if (migrate.status !== 0) throw new Error(`migrations failed: ${migrate.stderr}`);
    const seeded = await seedLoadData(cluster.url, {
      organizations: 50,
      membersPerOrganization: 5,
      projectsPerOrganization: 20,
      bigOrganizationMembers: 10,
    });
    const tenants: Array<{ organizationId: string; token: string }> = [];
    for (const organization of seeded.organizations) {
      const sid = await openSession(cluster.url, organization.ownerId, organization.id);
      const token = await signSessionToken(
        { sub: organization.ownerId, sid, org: organization.id, slug: organization.slug, role: "OWNER" },
        JWT_SECRET,
      );
      tenants.push({ organizationId: organization.id, token });
    }
    server = await startServer(cluster.url, 3202);
    const baseUrl = server.url;

    const samples: Sample[] = [];
    const started = Date.now();
    let written = 0;
    let outage: { from: number; to: number } | undefined;
    const client = async (index: number) => {
      let n = 0;
      while (Date.now() - started < SECONDS * 1000) {
        const tenant = tenants[(index + n++) % tenants.length]!;
        const roll = (index * 7 + n) % 10;
        const kind = roll < 2 ? "write" : roll < 3 ? "me" : "read";
        const init: RequestInit =
          kind === "write"
            ? {
                method: "POST",
                headers: { cookie: `session=${tenant.token}`, "content-type": "application/json" },
                // The organization a project is meant for travels in its name: checked afterwards.
                body: JSON.stringify({ name: `soak ${tenant.organizationId} ${index}-${n}` }),
              }
            : { headers: { cookie: `session=${tenant.token}` } };
        const begin = Date.now();
        let status = 0;
        try {
          const response = await fetch(`${baseUrl}${kind === "write" ? "/api/projects" : kind === "me" ? "/api/me" : "/api/projects"}`, {
            ...init,
            signal: AbortSignal.timeout(10_000),
          });
          await response.arrayBuffer();
          status = response.status;
          if (kind === "write" && status === 201) written += 1;
        } catch {
          status = 0;
        }
        samples.push({ at: begin - started, ms: Date.now() - begin, status, kind });
      }
    };
    const stopper = (async () => {
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_AT));
      log("stopping the database");
      const from = Date.now() - started;
      cluster.stop();
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_SECONDS * 1000));
      cluster.start();
      outage = { from, to: Date.now() - started };
      log("database started again");
    })();
    log(`${CLIENTS} clients for ${SECONDS} s`);
    await Promise.all([...Array.from({ length: CLIENTS }, (_, i) => client(i)), stopper]);

    const window = outage!;
    const during = samples.filter((s) => s.at >= window.from && s.at < window.to);
    // Requests in flight when the database stops, or just after it is back, belong to the outage.
    const outside = samples.filter((s) => s.at + s.ms < window.from || s.at >= window.to + 2000);
    const firstOkAfter = samples.filter((s) => s.at >= window.to && s.status > 0 && s.status < 500).sort((a, b) => a.at - b.at)[0];
    const statusCounts = (list: Sample[]) =>
      list.reduce<Record<string, number>>((acc, s) => ((acc[s.status || "network"] = (acc[s.status || "network"] ?? 0) + 1), acc), {});
    const percentile = (list: number[], p: number) =>
      list.sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * p))] ?? 0;

    const db = new pg.Client({ connectionString: cluster.url });
    await db.connect();
    const wrongOrganization = Number(
      (await db.query(`SELECT count(*) AS n FROM "Project" WHERE name LIKE 'soak %' AND split_part(name, ' ', 2) <> "organizationId"`))
        .rows[0].n,
    );
    const soakProjects = Number((await db.query(`SELECT count(*) AS n FROM "Project" WHERE name LIKE 'soak %'`)).rows[0].n);
    const halfWritten = Number(
      (
        await db.query(
          `SELECT count(*) AS n FROM "Project" p WHERE p.name LIKE 'soak %'
             AND (SELECT count(*) FROM "AuditEvent" e WHERE e."targetId" = p.id AND e.action = 'project.created' AND e."organizationId" = p."organizationId") <> 1`,
        )
      ).rows[0].n,
    );
    const orphanEvents = Number(
      (
        await db.query(
          `SELECT count(*) AS n FROM "AuditEvent" e WHERE e.action = 'project.created' AND e."createdAt" > now() - interval '1 hour'
             AND NOT EXISTS (SELECT 1 FROM "Project" p WHERE p.id = e."targetId")`,
        )
      ).rows[0].n,
    );
    await db.end();

    const result = {
      date: new Date().toISOString(),
      clients: CLIENTS,
      seconds: SECONDS,
      organizations: tenants.length,
      requests: samples.length,
      requestsPerSecond: Math.round(samples.length / SECONDS),
      outsideOutage: {
        requests: outside.length,
        statuses: statusCounts(outside),
        errors: outside.filter((s) => s.status === 0 || s.status >= 500).length,
        p50Ms: percentile(
          outside.map((s) => s.ms),
          0.5,
        ),
        p99Ms: percentile(
          outside.map((s) => s.ms),
          0.99,
        ),
      },
      outage: {
        seconds: Math.round((window.to - window.from) / 100) / 10,
        requests: during.length,
        statuses: statusCounts(during),
        p50Ms: percentile(
          during.map((s) => s.ms),
          0.5,
        ),
        maxMs: Math.max(0, ...during.map((s) => s.ms)),
        recoveredAfterMs: firstOkAfter ? firstOkAfter.at - window.to : null,
      },
      integrity: {
        projectsWritten: soakProjects,
        createdResponses: written,
        wrongOrganization,
        withoutExactlyOneAuditEvent: halfWritten,
        auditEventsWithoutProject: orphanEvents,
      },
      peakRssMb: server.peakRssMb(),
    };
    console.log(JSON.stringify(result, null, 2));
    const dir = path.join(ROOT, "bench/results");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${result.date.slice(0, 10)}-soak.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeSoakSection(result);
  } finally {
    await server?.stop();
    cluster.destroy();
  }
}

const START = "<!-- soak:start -->";
const END = "<!-- soak:end -->";

function writeSoakSection(r: {
  date: string;
  clients: number;
  seconds: number;
  organizations: number;
  requests: number;
  requestsPerSecond: number;
  outsideOutage: { errors: number; p50Ms: number; p99Ms: number; requests: number };
  outage: {
    seconds: number;
    requests: number;
    statuses: Record<string, number>;
    p50Ms: number;
    maxMs: number;
    recoveredAfterMs: number | null;
  };
  integrity: Record<string, number>;
  peakRssMb: number;
}) {
  const file = path.join(ROOT, "docs/benchmarks.md");
  const current = existsSync(file) ? readFileSync(file, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`;
  const text = [
    `Soak ${r.date.slice(0, 16).replace("T", " ")} UTC: ${r.clients} clients for ${r.seconds} s across ${r.organizations} organizations (70% \`GET /api/projects\`, 20% \`POST /api/projects\`, 10% \`GET /api/me\`), ${r.requests.toLocaleString("en")} requests (${r.requestsPerSecond}/s), peak server memory ${r.peakRssMb} MB.`,
    "",
    `- Outside the outage: ${r.outsideOutage.requests.toLocaleString("en")} requests, **${r.outsideOutage.errors} errors**, p50 ${r.outsideOutage.p50Ms} ms, p99 ${r.outsideOutage.p99Ms} ms.`,
    `- Database stopped for ${r.outage.seconds} s: ${r.outage.requests.toLocaleString("en")} requests answered ${Object.entries(
      r.outage.statuses,
    )
      .map(([status, n]) => `${n}× ${status}`)
      .join(
        ", ",
      )}; p50 ${r.outage.p50Ms} ms, slowest ${r.outage.maxMs} ms. First success ${r.outage.recoveredAfterMs ?? "—"} ms after the database was back, without restarting the app.`,
    `- Integrity afterwards: ${Object.entries(r.integrity)
      .map(([key, n]) => `${key} ${n}`)
      .join(", ")}.`,
    "",
  ].join("\n");
  if (current.includes(START)) {
    const [before, rest] = current.split(START);
    writeFileSync(file, `${before}${START}\n${text}${END}${rest!.split(END)[1] ?? "\n"}`);
  } else {
    writeFileSync(file, `${current.trimEnd()}\n\n## Load and faults (npm run bench:soak)\n\n${START}\n${text}${END}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
