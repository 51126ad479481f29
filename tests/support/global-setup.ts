import pg from "pg";
import type { TestProject } from "vitest/node";
import { EMBEDDED_CLIENT_ENV } from "../../scripts/db/embedded";
import { createTestDatabase } from "../../scripts/db/test-database";
import { startDnsServer } from "./dns-server";
import { startEmailCapture } from "./email-capture";

/**
 * One fresh database per run, shared by the test files, which each make their own users and organizations; and a
 * Resend stand-in that keeps every email sent (tests/support/emails.ts reads it). The workers start after this and
 * inherit process.env, so the app code in them reads these through src/env.ts like any other configuration.
 */
export default async function setup(project: TestProject) {
  const capture = await startEmailCapture();
  // Domain verification asks this server (src/server/domains/dns.ts); tests set its records (setTxtRecords).
  const dnsServer = await startDnsServer();
  process.env.DNS_SERVERS = dnsServer.servers;
  process.env.DNS_CONTROL_URL = dnsServer.controlUrl;
  process.env.RESEND_API_KEY = "re_test_capture";
  process.env.RESEND_BASE_URL = capture.url;
  // The tests' webhook receivers listen on 127.0.0.1 (production refuses such URLs: src/server/webhooks/ssrf.ts).
  process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "true";

  const database = await createTestDatabase().catch(async (error: unknown) => {
    await Promise.all([capture.stop(), dnsServer.stop()]);
    throw error;
  });
  process.env.DATABASE_URL = database.url;
  const rowLevelSecurity = process.env.ORGSTACK_TEST_RLS === "off" ? "off" : "on";
  if (rowLevelSecurity === "off") await disableRowLevelSecurity(database.url);
  if (database.kind === "embedded") Object.assign(process.env, EMBEDDED_CLIENT_ENV);
  project.provide("databaseKind", database.kind);
  project.provide("rowLevelSecurity", rowLevelSecurity);
  console.log(
    `[integration] fresh ${database.kind} database${rowLevelSecurity === "off" ? " with row-level security OFF" : ""}; emails captured at ${capture.url}`,
  );
  return async () => {
    await Promise.all([database.drop(), capture.stop(), dnsServer.stop()]);
  };
}

/**
 * `npm run test:integration` runs the leak suite a second time with ORGSTACK_TEST_RLS=off: row-level security
 * disabled on every table of that run's database, so the data-access layer's own organization filters must keep
 * tenants apart alone (with RLS on, a missing filter is caught by RLS and nothing would notice it).
 */
async function disableRowLevelSecurity(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DO $$
      DECLARE t record;
      BEGIN
        FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relrowsecurity LOOP
          EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY', t.relname);
        END LOOP;
      END $$`);
  } finally {
    await client.end();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseKind: "postgresql" | "embedded";
    rowLevelSecurity: "on" | "off";
  }
}
