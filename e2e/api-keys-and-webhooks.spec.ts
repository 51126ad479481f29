import { Webhook } from "standardwebhooks";
import { startWebhookReceiver } from "../tests/support/webhook-receiver";
import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./fixtures";

// Programs as members: an owner makes an API key on its page and a script uses it; an integration's endpoint gets
// signed events and verifies them with the Standard Webhooks library (the e2e server runs the job worker).
test("a key made on its page lists and creates projects from a script, and a webhook endpoint receives signed events", async ({
  page,
  request,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    await signUp(page, { name: "Kim Keys", email: uniqueEmail(), organizationName: "Scripted Co" });

    await page.getByRole("link", { name: "API keys", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill("Deploy script");
    await page.getByRole("checkbox", { name: /See projects/ }).check();
    await page.getByRole("checkbox", { name: /Create projects/ }).check();
    await page.getByRole("button", { name: "Create key" }).click();
    const secret = await page.getByLabel("Your new API key").inputValue();
    expect(secret).toMatch(/^osk_/);
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: "Deploy script" })
        .getByText(`${secret.slice(0, 12)}…`),
    ).toBeVisible();

    // The script: no cookie, no Origin, only the key.
    const headers = { authorization: `Bearer ${secret}` };
    const created = await request.post("/api/projects", { headers, data: { name: "Made by a script" }, failOnStatusCode: false });
    expect(created.status()).toBe(201);
    const listed = await (await request.get("/api/projects", { headers })).json();
    expect(listed.projects.map((project: { name: string }) => project.name)).toContain("Made by a script");

    // The audit log names the key.
    await page.getByRole("link", { name: "Audit log", exact: true }).click();
    await expect(page.getByRole("row").filter({ hasText: "Created a project" }).getByText("API key “Deploy script”")).toBeVisible();

    // An endpoint for project events; its test event and the next change arrive signed.
    await page.getByRole("link", { name: "Webhooks", exact: true }).click();
    await page.getByLabel("URL").fill(receiver.url);
    await page.getByRole("checkbox", { name: "project.created" }).check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const signingSecret = await page.getByLabel("Signing secret").inputValue();
    expect(signingSecret).toMatch(/^whsec_/);
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("Test event queued")).toBeVisible();
    await request.post("/api/projects", { headers, data: { name: "Announced" } });

    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(2);
    const events = receiver.received.map(
      ({ body, headers: sent }) => new Webhook(signingSecret).verify(body, sent as Record<string, string>) as { type: string },
    );
    expect(events.map((event) => event.type).sort()).toEqual(["project.created", "webhook.test"]);
    await page.reload();
    await expect(page.getByRole("cell", { name: "succeeded" })).toHaveCount(2);
  } finally {
    await receiver.stop();
  }
});
