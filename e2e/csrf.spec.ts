import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./test";
import { sql } from "./database";
import { signUp, uniqueEmail } from "./fixtures";

// Another site: a page on 127.0.0.1 (the app is on localhost) whose form posts into the app, as an attacker's would.
let evil: Server;
let evilOrigin = "";

test.beforeAll(async () => {
  evil = createServer((request, response) => {
    const target = new URL(request.url ?? "/", "http://x").searchParams.get("target") ?? "";
    response.writeHead(200, { "content-type": "text/html" });
    // text/plain is a "simple" request: no CORS preflight, the browser just sends it, cookies and all (if it would).
    response.end(
      `<form method="POST" action="${target}" enctype="text/plain"><input name='{"name":"Forged","x":"' value='"}'><button>Win a prize</button></form>`,
    );
  });
  await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
  evilOrigin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => evil.close(resolve));
});

test("a form on another site cannot make a signed-in user's browser write", async ({ page, baseURL }) => {
  const email = uniqueEmail("csrf");
  await signUp(page, { name: "Vic Victim", email, organizationName: "Victim Co" });

  await page.goto(`${evilOrigin}/?target=${encodeURIComponent(`${baseURL}/api/projects`)}`);
  const [answer] = await Promise.all([page.waitForResponse(/\/api\/projects$/), page.getByRole("button", { name: "Win a prize" }).click()]);
  expect(answer.status()).toBe(403);
  expect(await answer.json()).toMatchObject({ error: { code: "FORBIDDEN_ORIGIN" } });
  expect(answer.request().headers()["origin"]).toBe(evilOrigin);

  const { rows } = await sql(
    `SELECT count(*) FROM "Project" p JOIN "Membership" m ON m."organizationId" = p."organizationId" JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
    [email],
  );
  expect(Number(rows[0].count)).toBe(0);
});
