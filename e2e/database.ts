// Lets a spec arrange what no page can do yet (remove a membership, revoke a session elsewhere) on the e2e server's
// own throw-away database. Playwright starts that server in another process; it leaves the URL in a file.
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export function databaseInfoFile(port: string): string {
  return path.join(tmpdir(), `orgstack-e2e-${port}.json`);
}

export async function sql(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const { url } = JSON.parse(readFileSync(databaseInfoFile(process.env.E2E_PORT ?? "3100"), "utf8")) as { url: string };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** Where the e2e server leaves its DNS server's control URL (tests/support/dns-server.ts). */
export function dnsInfoFile(port: string): string {
  return path.join(tmpdir(), `orgstack-e2e-${port}-dns.json`);
}

/** Publishes (or, with null, removes) TXT records on the e2e server's DNS server, as a DNS provider would. */
export async function publishTxt(name: string, values: string[] | null): Promise<void> {
  const { controlUrl } = JSON.parse(readFileSync(dnsInfoFile(process.env.E2E_PORT ?? "3100"), "utf8")) as { controlUrl: string };
  const response = await fetch(
    `${controlUrl}/records/${encodeURIComponent(name)}`,
    values ? { method: "PUT", body: JSON.stringify(values) } : { method: "DELETE" },
  );
  if (response.status !== 204) throw new Error(`DNS control: ${response.status}`);
}

/** Where the e2e server leaves its OpenID Provider's issuer, client and control URL (tests/support/oidc-provider.ts). */
export function identityProviderInfoFile(port: string): string {
  return path.join(tmpdir(), `orgstack-e2e-${port}-oidc.json`);
}

export type IdentityProviderInfo = { issuer: string; clientId: string; clientSecret: string; controlUrl: string };

/** The e2e server's OpenID Provider; `addAccount` makes a person known to it, as an IdP administrator would. */
export function identityProvider(): IdentityProviderInfo & {
  addAccount(account: { sub: string; email: string; name: string }): Promise<void>;
} {
  const info = JSON.parse(readFileSync(identityProviderInfoFile(process.env.E2E_PORT ?? "3100"), "utf8")) as IdentityProviderInfo;
  return {
    ...info,
    addAccount: async (account) => {
      const response = await fetch(`${info.controlUrl}/accounts`, { method: "PUT", body: JSON.stringify(account) });
      if (response.status !== 204) throw new Error(`identity provider control: ${response.status}`);
    },
  };
}
