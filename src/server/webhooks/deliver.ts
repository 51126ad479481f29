import "server-only";
import { request as httpRequest, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import type PgBoss from "pg-boss";
import { createElement } from "react";
import { Webhook } from "standardwebhooks";
import { env } from "@/env";
import { recordAudit } from "@/server/audit/record";
import type { Tx } from "@/server/db";
import { prepareEmail, queueEmail } from "@/server/email/queue";
import { NoticeEmail } from "@/server/email/templates/notice-email";
import type { JobData } from "@/server/jobs/queues";
import { unseal } from "@/server/jobs/seal";
import { withTenant } from "@/server/tenant/scope";
import { isPrivateAddress, refuseWebhookUrl } from "./ssrf";

/** Failed attempts in a row (of any deliveries) after which an endpoint is disabled and its admins are told. */
export const DISABLE_AFTER_FAILURES = 15;
const TIMEOUT_MS = 10_000;
const KEPT_RESPONSE_CHARS = 500;

type Attempt = { ok: boolean; statusCode: number | null; durationMs: number; error: string | null };

/**
 * Delivers one event to one endpoint (a "webhook-delivery" job): signed per Standard Webhooks, 2xx within 10 s
 * counts as received; anything else is recorded on the delivery and thrown, so the queue retries it with backoff.
 */
export async function runWebhookDelivery(job: PgBoss.JobWithMetadata<JobData["webhook-delivery"]>): Promise<void> {
  const { organizationId, deliveryId } = job.data;
  const scope = { organization: { id: organizationId } };
  const delivery = await withTenant(scope, (tx) =>
    tx.webhookDelivery.findFirst({
      where: { id: deliveryId, organizationId },
      select: {
        eventId: true,
        payload: true,
        status: true,
        createdAt: true,
        endpoint: { select: { id: true, url: true, secret: true, previousSecret: true, previousSecretExpiresAt: true, disabledAt: true } },
      },
    }),
  );
  // Deleted with its endpoint, or settled by an earlier run of this job.
  if (!delivery || delivery.status !== "pending") return;
  if (delivery.endpoint.disabledAt) {
    await withTenant(scope, (tx) =>
      tx.webhookDelivery.updateMany({ where: { id: deliveryId, organizationId }, data: { status: "skipped" } }),
    );
    return;
  }

  const secrets = [
    delivery.endpoint.secret,
    ...(delivery.endpoint.previousSecret && delivery.endpoint.previousSecretExpiresAt! > new Date()
      ? [delivery.endpoint.previousSecret]
      : []),
  ];
  const attempt = await post(
    delivery.endpoint.url,
    delivery.eventId,
    JSON.stringify(delivery.payload),
    secrets.map((sealed) => unseal<string>(sealed)),
  );
  const last = job.retryCount >= job.retryLimit;
  const disabled = await withTenant(scope, (tx) =>
    recordAttempt(tx, { organizationId, deliveryId, endpointId: delivery.endpoint.id, attempt, last }),
  );
  if (!attempt.ok && !disabled) throw new Error(`webhook delivery ${deliveryId} failed: ${attempt.error ?? `HTTP ${attempt.statusCode}`}`);
}

/** The request itself: the signature headers, no redirects followed, the address checked as it is connected to. */
async function post(url: string, eventId: string, body: string, secrets: string[]): Promise<Attempt> {
  const started = performance.now();
  const refused = await refuseWebhookUrl(url);
  if (refused) return { ok: false, statusCode: null, durationMs: 0, error: refused };
  const timestamp = new Date();
  // During a rotation's overlap both secrets sign: receivers with either one accept it.
  const signature = secrets.map((secret) => new Webhook(secret).sign(eventId, timestamp, body)).join(" ");
  const target = new URL(url);
  const options: RequestOptions = {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "Orgstack-Webhooks/1.0",
      "webhook-id": eventId,
      "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
      "webhook-signature": signature,
    },
    timeout: TIMEOUT_MS,
    // DNS may answer differently now than when the URL was checked: the address connected to is checked again.
    lookup: env.WEBHOOKS_ALLOW_PRIVATE_URLS ? undefined : publicOnlyLookup,
  };
  return new Promise<Attempt>((resolve) => {
    const done = (result: Omit<Attempt, "durationMs">) => resolve({ ...result, durationMs: Math.round(performance.now() - started) });
    const request = (target.protocol === "https:" ? httpsRequest : httpRequest)(target, options, (response) => {
      const statusCode = response.statusCode ?? 0;
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        if (text.length < KEPT_RESPONSE_CHARS) text += chunk;
      });
      response.on("end", () => {
        const ok = statusCode >= 200 && statusCode < 300;
        done({ ok, statusCode, error: ok ? null : `HTTP ${statusCode}${text ? `: ${text.slice(0, KEPT_RESPONSE_CHARS)}` : ""}` });
      });
      response.on("error", (error) => done({ ok: false, statusCode, error: error.message }));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    request.on("error", (error) => done({ ok: false, statusCode: null, error: error.message }));
    request.end(body);
  });
}

const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const list = addresses as unknown as LookupAddress[];
    const refused = list.find((entry) => isPrivateAddress(entry.address));
    if (refused || list.length === 0)
      return callback(new Error("the host resolves to a private address, which webhooks may not reach"), "", 0);
    if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, list);
    return callback(null, list[0]!.address, list[0]!.family);
  });
};

/**
 * Records the attempt on the delivery and the endpoint, in one transaction: a success resets the endpoint's run of
 * failures; the DISABLE_AFTER_FAILURES-th failure in a row disables it, audits that, and queues an email to the
 * organization's owners and admins. Returns whether it was disabled now.
 */
async function recordAttempt(
  tx: Tx,
  {
    organizationId,
    deliveryId,
    endpointId,
    attempt,
    last,
  }: { organizationId: string; deliveryId: string; endpointId: string; attempt: Attempt; last: boolean },
): Promise<boolean> {
  const status = attempt.ok ? "succeeded" : last ? "failed" : "pending";
  await tx.webhookDelivery.updateMany({
    where: { id: deliveryId, organizationId },
    data: {
      status,
      attempts: { increment: 1 },
      lastStatusCode: attempt.statusCode,
      lastDurationMs: attempt.durationMs,
      lastError: attempt.error,
      lastAttemptAt: new Date(),
    },
  });
  if (attempt.ok) {
    await tx.webhookEndpoint.updateMany({ where: { id: endpointId, organizationId }, data: { consecutiveFailures: 0 } });
    return false;
  }
  const [endpoint] = await tx.webhookEndpoint.updateManyAndReturn({
    where: { id: endpointId, organizationId, disabledAt: null },
    data: { consecutiveFailures: { increment: 1 } },
    select: { consecutiveFailures: true, url: true },
  });
  if (!endpoint || endpoint.consecutiveFailures < DISABLE_AFTER_FAILURES) return false;

  const reason = `${DISABLE_AFTER_FAILURES} deliveries in a row failed (last: ${attempt.error ?? "no answer"}).`;
  await tx.webhookEndpoint.updateMany({
    where: { id: endpointId, organizationId },
    data: { disabledAt: new Date(), disabledReason: reason },
  });
  // Deliveries still waiting would only fail too: they are skipped, and sent again only by hand.
  await tx.webhookDelivery.updateMany({
    where: { endpointId, organizationId, status: "pending", id: { not: deliveryId } },
    data: { status: "skipped" },
  });
  await tx.webhookDelivery.updateMany({ where: { id: deliveryId, organizationId }, data: { status: "failed" } });
  await recordAudit(tx, {
    organizationId,
    actorId: null,
    action: "webhook.disabled",
    targetType: "webhook_endpoint",
    targetId: endpointId,
    metadata: { url: endpoint.url, reason },
  });
  const admins = await tx.membership.findMany({
    where: { organizationId, role: { in: ["OWNER", "ADMIN"] } },
    select: { user: { select: { email: true } } },
  });
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } });
  for (const { user } of admins) {
    const email = await prepareEmail({
      kind: "webhook-disabled",
      to: user.email,
      subject: `A webhook endpoint of ${organization.name} was disabled`,
      react: createElement(NoticeEmail, {
        heading: `Webhooks to ${endpoint.url} are paused`,
        body: `${organization.name}'s endpoint ${endpoint.url} failed ${DISABLE_AFTER_FAILURES} deliveries in a row, so Orgstack stopped sending to it. Fix the receiver, then enable the endpoint again; events from the meantime can be sent again from its delivery log.`,
        actionLabel: "Open webhooks",
        actionUrl: `${env.APP_URL}/dashboard/webhooks`,
      }),
    });
    await queueEmail(tx, email, { organizationId });
  }
  return true;
}
