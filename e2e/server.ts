// The server Playwright tests against: a fresh database, a Resend stand-in that keeps every email, a production build,
// `next start` and the job worker beside it (queued emails, webhook deliveries). Stops cleanly on SIGTERM.
import { spawn, spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EMBEDDED_CLIENT_ENV } from "../scripts/db/embedded";
import { createTestDatabase } from "../scripts/db/test-database";
import { startDnsServer } from "../tests/support/dns-server";
import { startEmailCapture } from "../tests/support/email-capture";
import { startOidcProvider } from "../tests/support/oidc-provider";
import { databaseInfoFile, dnsInfoFile, identityProviderInfoFile } from "./database";
import { emailCaptureInfoFile } from "./emails";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT ?? "3100";

async function main() {
  const database = await createTestDatabase();
  console.log(`[e2e] fresh ${database.kind} database`);
  writeFileSync(databaseInfoFile(port), JSON.stringify({ url: database.url }));
  const capture = await startEmailCapture();
  writeFileSync(emailCaptureInfoFile(port), JSON.stringify({ url: capture.url }));
  // Domain verification asks this DNS server; the specs publish TXT records through its control URL.
  const dns = await startDnsServer();
  writeFileSync(dnsInfoFile(port), JSON.stringify({ controlUrl: dns.controlUrl }));
  // The single sign-on spec's identity provider: a real OpenID Provider, its client registered for this server.
  const provider = await startOidcProvider(`http://localhost:${port}/api/auth/sso/oidc/callback`);
  const { accounts: _accounts, stop: _stop, ...providerInfo } = provider;
  writeFileSync(identityProviderInfoFile(port), JSON.stringify(providerInfo));
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    ...(database.kind === "embedded" ? EMBEDDED_CLIENT_ENV : {}),
    JWT_SECRET: "e2e-secret-0123456789-0123456789-0123456789",
    BCRYPT_COST: "8",
    // Links in emails must lead back to this server; the emails themselves go to the capture server (e2e/emails.ts).
    APP_URL: `http://localhost:${port}`,
    RESEND_API_KEY: "re_test_capture",
    RESEND_BASE_URL: capture.url,
    // The development stand-in for Stripe, in a production build: the billing spec upgrades through it.
    BILLING_MODE: "development",
    // Uploaded logos go to a scratch directory, not the developer's .data/.
    STORAGE_DIR: path.join(tmpdir(), `orgstack-e2e-uploads-${port}`),
    // The webhooks spec's receiver listens on 127.0.0.1.
    WEBHOOKS_ALLOW_PRIVATE_URLS: "true",
    DNS_SERVERS: dns.servers,
  };
  const next = path.join(root, "node_modules/.bin/next");
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const build = spawnSync(next, ["build"], { stdio: "inherit", env, cwd: root });
    if (build.status !== 0) throw new Error("next build failed");
  }
  // Idle keep-alive sockets stay open for the whole run: a request sent on a socket the server was closing at that
  // instant failed with ECONNRESET on a busy machine (Node's default closes idle sockets after 5 s).
  const server = spawn(next, ["start", "-p", port, "--keepAliveTimeout", "900000"], { stdio: "inherit", env, cwd: root });
  const worker = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/jobs/worker.ts"], {
    stdio: "inherit",
    env,
    cwd: root,
  });
  const stop = async () => {
    server.kill("SIGTERM");
    worker.kill("SIGTERM");
    rmSync(databaseInfoFile(port), { force: true });
    rmSync(emailCaptureInfoFile(port), { force: true });
    rmSync(dnsInfoFile(port), { force: true });
    rmSync(identityProviderInfoFile(port), { force: true });
    await provider.stop().catch(() => undefined);
    await capture.stop().catch(() => undefined);
    await dns.stop().catch(() => undefined);
    await database.drop().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => {
    rmSync(emailCaptureInfoFile(port), { force: true });
    void database.drop().finally(() => process.exit(code ?? 1));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
