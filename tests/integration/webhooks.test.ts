// Outgoing webhooks (issue 17): endpoints per organization, events from the transaction of the change, deliveries
// through the queue signed per Standard Webhooks (verified here with the spec's reference library), retried,
// logged, disabled after repeated failures with an email to the admins; secrets rotated with an overlap; SSRF.
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as rotateRoute } from "../../app/api/webhooks/endpoints/[id]/rotate-secret/route";
import { GET as deliveriesRoute } from "../../app/api/webhooks/endpoints/[id]/deliveries/route";
import { PATCH as updateRoute } from "../../app/api/webhooks/endpoints/[id]/route";
import { POST as testRoute } from "../../app/api/webhooks/endpoints/[id]/test/route";
import { POST as redeliverRoute } from "../../app/api/webhooks/endpoints/[id]/deliveries/[deliveryId]/redeliver/route";
import { GET as listRoute, POST as createRoute } from "../../app/api/webhooks/endpoints/route";
import { db } from "@/server/db";
import { DISABLE_AFTER_FAILURES } from "@/server/webhooks/deliver";
import { refuseWebhookUrl } from "@/server/webhooks/ssrf";
import { capturedEmails } from "../support/emails";
import { signUpUser } from "../support/factories";
import { call } from "../support/http";
import { withAuditRefused } from "../support/faults";
import { discardLeftoverJobs, makeRetriesDue, runJobs } from "../support/jobs";
import { createProject } from "../support/tenants";
import { startWebhookReceiver } from "../support/webhook-receiver";

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  // The role table and the leak suite leave hundreds of test events to 127.0.0.1:9 queued; the rounds below would
  // run them all each time.
  await discardLeftoverJobs("webhook-delivery");
});
afterAll(() => receiver.stop());

async function endpointFor(token: string, events: string[], url = receiver.url) {
  const response = await call(createRoute, "POST", "/api/webhooks/endpoints", { token, body: { url, events, description: "Our CRM" } });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { webhook: { id: string }; secret: string };
}

function verified(secret: string, index: number) {
  const { body, headers } = receiver.received[index]!;
  return new Webhook(secret).verify(body, headers as Record<string, string>) as {
    type: string;
    timestamp: string;
    data: Record<string, unknown>;
  };
}

async function deliveriesOf(token: string, id: string) {
  return (await (await call(deliveriesRoute, "GET", "/", { token, params: { id } })).json()).deliveries as Array<Record<string, unknown>>;
}

describe("webhooks", () => {
  it("delivers a subscribed event, signed so that the reference library verifies it, and logs the delivery", async () => {
    const owner = await signUpUser();
    const { webhook, secret } = await endpointFor(owner.token, ["project.created"]);
    const before = receiver.received.length;
    const project = await createProject(owner.token, "Hooked");
    await createProject(owner.token, "Also hooked");
    await runJobs("webhook-delivery");

    expect(receiver.received.length - before).toBe(2);
    const events = [verified(secret, before), verified(secret, before + 1)];
    expect(events.find((event) => (event.data.project as { id: string }).id === project.id)).toMatchObject({
      type: "project.created",
      data: { organizationId: owner.organization.id, project: { id: project.id, name: "Hooked" } },
    });
    expect(receiver.received[before]!.headers["webhook-id"]).toMatch(/^msg_/);
    // Another secret does not verify it.
    expect(() =>
      new Webhook(`whsec_${Buffer.from("x".repeat(24)).toString("base64")}`).verify(
        receiver.received[before]!.body,
        receiver.received[before]!.headers as Record<string, string>,
      ),
    ).toThrow();

    const log = await deliveriesOf(owner.token, webhook.id);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ eventType: "project.created", status: "succeeded", attempts: 1, lastStatusCode: 200 });
    expect(typeof log[0]!.lastDurationMs).toBe("number");
  });

  it("sends nothing for events not subscribed to, nor for a change that rolled back", async () => {
    const owner = await signUpUser();
    const { webhook } = await endpointFor(owner.token, ["project.deleted"]);
    await createProject(owner.token, "Quiet");
    expect(await db.webhookDelivery.count({ where: { endpointId: webhook.id } })).toBe(0);

    const { webhook: subscribed } = await endpointFor(owner.token, ["project.created"]);
    await withAuditRefused(owner.organization.id, "project.created", () =>
      expect(createProject(owner.token, "Rolled back")).rejects.toThrow(),
    );
    expect(await db.webhookDelivery.count({ where: { endpointId: subscribed.id } })).toBe(0);
    expect(await db.project.count({ where: { organizationId: owner.organization.id } })).toBe(1);
  });

  it("retries a delivery answered with a 500, with the same webhook-id, until it is received", async () => {
    const owner = await signUpUser();
    const { webhook, secret } = await endpointFor(owner.token, ["project.created"]);
    receiver.answerNext(500);
    const before = receiver.received.length;
    await createProject(owner.token, "Flaky");
    await runJobs("webhook-delivery");
    expect((await deliveriesOf(owner.token, webhook.id))[0]).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });

    await makeRetriesDue("webhook-delivery");
    await runJobs("webhook-delivery");
    expect(receiver.received.length - before).toBe(2);
    expect(receiver.received[before]!.headers["webhook-id"]).toBe(receiver.received[before + 1]!.headers["webhook-id"]);
    expect(verified(secret, before + 1).type).toBe("project.created");
    expect((await deliveriesOf(owner.token, webhook.id))[0]).toMatchObject({ status: "succeeded", attempts: 2, lastStatusCode: 200 });
  });

  it("records a receiver that does not answer within 10 seconds as a failed attempt, and retries it", async () => {
    const owner = await signUpUser();
    const { webhook } = await endpointFor(owner.token, ["project.created"]);
    receiver.answerNext("hang");
    await createProject(owner.token, "Slow");
    await runJobs("webhook-delivery");
    expect((await deliveriesOf(owner.token, webhook.id))[0]).toMatchObject({
      status: "pending",
      attempts: 1,
      lastStatusCode: null,
      lastError: "no answer within 10 s",
    });
    await makeRetriesDue("webhook-delivery");
    await runJobs("webhook-delivery");
    expect((await deliveriesOf(owner.token, webhook.id))[0]).toMatchObject({ status: "succeeded", attempts: 2 });
  }, 30_000);

  it(`disables an endpoint after ${DISABLE_AFTER_FAILURES} failures in a row, audits it and emails the admins`, async () => {
    const owner = await signUpUser();
    const { webhook } = await endpointFor(owner.token, ["project.created"]);
    receiver.answerAlways(503);
    try {
      await createProject(owner.token, "Doomed 1");
      await createProject(owner.token, "Doomed 2");
      for (
        let round = 0;
        round < DISABLE_AFTER_FAILURES && !(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: webhook.id } })).disabledAt;
        round++
      ) {
        await runJobs("webhook-delivery");
        await makeRetriesDue("webhook-delivery");
      }
    } finally {
      receiver.answerAlways(null);
    }
    const listed = await (await call(listRoute, "GET", "/", { token: owner.token })).json();
    expect(listed.webhooks).toMatchObject([{ id: webhook.id, enabled: false, consecutiveFailures: DISABLE_AFTER_FAILURES }]);
    expect(await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "webhook.disabled" } })).toBe(1);
    const [notice] = await capturedEmails(owner.user.email).then((emails) =>
      emails.filter((email) => email.subject.includes("webhook endpoint")),
    );
    expect(notice?.subject).toContain("was disabled");

    // A delivery cannot be sent again while the endpoint is off; enabled again, it receives the next event, and the
    // ones that failed meanwhile are sent again by hand, with their own webhook-id.
    const missed = (await deliveriesOf(owner.token, webhook.id)).find((delivery) => delivery.status !== "succeeded")!;
    const again = (auth: string) =>
      call(redeliverRoute, "POST", "/", { token: auth, params: { id: webhook.id, deliveryId: missed.id as string } });
    expect((await again(owner.token)).status).toBe(409);
    expect(
      (await call(updateRoute, "PATCH", "/", { token: owner.token, params: { id: webhook.id }, body: { enabled: true } })).status,
    ).toBe(200);
    await createProject(owner.token, "Back");
    await runJobs("webhook-delivery");
    expect((await deliveriesOf(owner.token, webhook.id))[0]).toMatchObject({ status: "succeeded" });
    const before = receiver.received.length;
    expect((await again(owner.token)).status).toBe(202);
    await runJobs("webhook-delivery");
    expect((await deliveriesOf(owner.token, webhook.id)).find((delivery) => delivery.id === missed.id)).toMatchObject({
      status: "succeeded",
    });
    expect(receiver.received[before]!.headers["webhook-id"]).toBe(missed.eventId);
  });

  it("signs with the old and the new secret for a day after a rotation, and sends a test event on request", async () => {
    const owner = await signUpUser();
    const { webhook, secret: old } = await endpointFor(owner.token, ["project.created"]);
    const rotated = await (await call(rotateRoute, "POST", "/", { token: owner.token, params: { id: webhook.id } })).json();
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(old);
    expect(rotated.webhook.previousSecretValidUntil).not.toBeNull();

    const before = receiver.received.length;
    expect((await call(testRoute, "POST", "/", { token: owner.token, params: { id: webhook.id } })).status).toBe(202);
    await runJobs("webhook-delivery");
    expect(verified(rotated.secret, before).type).toBe("webhook.test");
    expect(verified(old, before).type).toBe("webhook.test");
  });

  it("refuses endpoints on private, loopback or link-local addresses unless configured to allow them", async () => {
    for (const url of [
      "http://127.0.0.1:8080/hook",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/",
      "http://10.0.0.7/",
      "http://192.168.1.20/x",
      "http://0.0.0.0/",
      "http://[::ffff:127.0.0.1]/",
      "http://[fd00::1]/",
    ]) {
      expect(await refuseWebhookUrl(url, false), url).toMatch(/private, loopback or link-local/);
    }
    expect(await refuseWebhookUrl("https://93.184.216.34/hooks", false)).toBeNull();
    expect(await refuseWebhookUrl("http://127.0.0.1:8080/hook", true)).toBeNull();
    expect(await refuseWebhookUrl("ftp://example.com/", false)).toMatch(/https/);
    expect(await refuseWebhookUrl("https://user:pass@example.com/", false)).toMatch(/credentials/);
  });
});
