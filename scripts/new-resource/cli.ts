// npm run new:resource -- <name> [--plural <plural>]
//
// Adds a tenant-scoped resource beside Project: its model and migration (row-level security on), data access,
// validation, API routes and server actions through the wrappers, list and detail pages, permissions, audit actions,
// nav entry, OpenAPI entries and tests (its own, and its rows in the role table, leak and hostile-input suites).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createMigration } from "../db/migrations";
import { namesOf } from "./names";
import { planFor } from "./plan";

const ROOT = path.resolve(import.meta.dirname, "../..");

function run(command: string, args: string[]) {
  execFileSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false" } });
}

async function main() {
  const args = process.argv.slice(2);
  const pluralAt = args.indexOf("--plural");
  const plural = pluralAt >= 0 ? args[pluralAt + 1] : undefined;
  const name = args.find((arg, i) => !arg.startsWith("--") && (pluralAt < 0 || i !== pluralAt + 1));
  if (!name) throw new Error("Usage: npm run new:resource -- <name> [--plural <plural>]   e.g. npm run new:resource -- task");
  const n = namesOf(name, plural);
  const plan = planFor(ROOT, n);

  for (const file of [...plan.files, ...plan.edits]) {
    mkdirSync(path.dirname(path.join(ROOT, file.path)), { recursive: true });
    writeFileSync(path.join(ROOT, file.path), file.content);
  }
  run("npx", ["prisma", "format"]);
  const migration = await createMigration(n.perm);
  run("npx", ["prisma", "generate"]);
  const code = [...plan.files, ...plan.edits].map((file) => file.path).filter((file) => /\.tsx?$/.test(file));
  run("npx", ["prettier", "--write", "--log-level", "warn", ...code]);

  console.log(`
Added ${n.labels}: /dashboard/${n.slug}, /api/${n.slug} and /api/${n.slug}/{id}.
  ${plan.files.length} new files, ${plan.edits.length} edited, and the migration ${path.relative(ROOT, migration ?? "(none)")}.

By hand, if you want them:
  - Its fields: prisma/schema.prisma (then npm run db:migration -- <name>), src/lib/validation/${n.slug}.ts,
    src/server/${n.slug}/dto.ts, the form in app/dashboard/${n.slug}/_components and the hostile-input fields in
    tests/resources/${n.slug}.ts.
  - Who may: the built-in roles in src/lib/permissions.ts (members do everything, guests read).
  - Webhooks: its events in src/lib/webhook-events.ts and src/server/webhooks/events.ts.
  - A plan limit: src/server/billing/plans.ts, as src/server/projects/mutations.ts does for projects.
  - The README's API table.

Then: npm run db:migrate && npm test`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
