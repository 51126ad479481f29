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
