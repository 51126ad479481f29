import "server-only";
import type { CreateWebhookInput, UpdateWebhookInput } from "@/lib/validation/webhooks";
import { audit } from "@/server/audit/record";
import type { OrgContext } from "@/server/auth/context";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import { enqueue } from "@/server/jobs/enqueue";
import { seal } from "@/server/jobs/seal";
import { withTenant } from "@/server/tenant/scope";
import { toWebhookDto, webhookSelect, type WebhookDto } from "./dto";
import { emitWebhookEvent } from "./emit";
import { TEST_EVENT } from "./events";
import { webhookNotFound } from "./queries";
import { newWebhookSecret, ROTATION_OVERLAP_HOURS } from "./secret";
import { refuseWebhookUrl } from "./ssrf";

const MAX_ENDPOINTS = 20;

/** Adds an endpoint; its signing secret is returned this once (kept sealed: signing needs it). */
export async function createWebhook(
  ctx: OrgContext,
  input: CreateWebhookInput,
  meta: RequestMeta,
): Promise<Result<{ webhook: WebhookDto; secret: string }>> {
  const refused = await refuseWebhookUrl(input.url);
  if (refused) return fail("VALIDATION_FAILED", refused, { url: refused });
  const secret = newWebhookSecret();
  return withTenant(ctx, async (tx) => {
    if ((await tx.webhookEndpoint.count({ where: { organizationId: ctx.organization.id } })) >= MAX_ENDPOINTS) {
      return fail("WEBHOOK_LIMIT_REACHED", `An organization has at most ${MAX_ENDPOINTS} webhook endpoints. Delete one first.`);
    }
    const created = await tx.webhookEndpoint.create({
      data: {
        organizationId: ctx.organization.id,
        url: input.url,
        events: input.events,
        description: input.description ?? "",
        secret: seal(secret),
      },
      select: webhookSelect,
    });
    await audit(tx, ctx, meta, {
      action: "webhook.created",
      metadata: { url: input.url, events: input.events },
      targetType: "webhook_endpoint",
      targetId: created.id,
    });
    return { ok: true as const, webhook: toWebhookDto(created), secret };
  });
}

/** Changes URL, events or description; `enabled: true` turns a disabled endpoint back on with a fresh count. */
export async function updateWebhook(
  ctx: OrgContext,
  id: string,
  input: UpdateWebhookInput,
  meta: RequestMeta,
): Promise<Result<{ webhook: WebhookDto }>> {
  if (!isId(id)) return webhookNotFound();
  if (input.url) {
    const refused = await refuseWebhookUrl(input.url);
    if (refused) return fail("VALIDATION_FAILED", refused, { url: refused });
  }
  return withTenant(ctx, async (tx) => {
    const [updated] = await tx.webhookEndpoint.updateManyAndReturn({
      where: { id, organizationId: ctx.organization.id },
      data: {
        url: input.url,
        events: input.events,
        description: input.description,
        ...(input.enabled === true ? { disabledAt: null, disabledReason: null, consecutiveFailures: 0 } : {}),
        ...(input.enabled === false ? { disabledAt: new Date(), disabledReason: "Disabled by an admin." } : {}),
      },
      select: webhookSelect,
    });
    if (!updated) return webhookNotFound();
    await audit(tx, ctx, meta, {
      action: "webhook.updated",
      metadata: { url: updated.url, changed: Object.keys(input) },
      targetType: "webhook_endpoint",
      targetId: id,
    });
    return { ok: true as const, webhook: toWebhookDto(updated) };
  });
}

/** Deletes the endpoint and its delivery log; deliveries in flight find nothing to send. */
export async function deleteWebhook(ctx: OrgContext, id: string, meta: RequestMeta): Promise<Result<object>> {
  if (!isId(id)) return webhookNotFound();
  return withTenant(ctx, async (tx) => {
    const [deleted] = await tx.webhookEndpoint.findMany({ where: { id, organizationId: ctx.organization.id }, select: { url: true } });
    if (!deleted) return webhookNotFound();
    await tx.webhookEndpoint.deleteMany({ where: { id, organizationId: ctx.organization.id } });
    await audit(tx, ctx, meta, { action: "webhook.deleted", metadata: { url: deleted.url }, targetType: "webhook_endpoint", targetId: id });
    return { ok: true as const };
  });
}

/**
 * A new signing secret, returned this once. The old one keeps signing beside it for ROTATION_OVERLAP_HOURS (both
 * signatures in webhook-signature), so the receiver can be switched over without a failed delivery.
 */
export async function rotateWebhookSecret(
  ctx: OrgContext,
  id: string,
  meta: RequestMeta,
): Promise<Result<{ webhook: WebhookDto; secret: string }>> {
  if (!isId(id)) return webhookNotFound();
  const secret = newWebhookSecret();
  return withTenant(ctx, async (tx) => {
    const current = await tx.webhookEndpoint.findFirst({ where: { id, organizationId: ctx.organization.id }, select: { secret: true } });
    if (!current) return webhookNotFound();
    const until = new Date(Date.now() + ROTATION_OVERLAP_HOURS * 60 * 60 * 1000);
    const [rotated] = await tx.webhookEndpoint.updateManyAndReturn({
      where: { id, organizationId: ctx.organization.id },
      data: { secret: seal(secret), previousSecret: current.secret, previousSecretExpiresAt: until },
      select: webhookSelect,
    });
    await audit(tx, ctx, meta, {
      action: "webhook.secret_rotated",
      metadata: { previousValidUntil: until.toISOString() },
      targetType: "webhook_endpoint",
      targetId: id,
    });
    return { ok: true as const, webhook: toWebhookDto(rotated!), secret };
  });
}

/** Queues a webhook.test event to this endpoint alone, through the same queue, signing and log as real events. */
export async function sendTestEvent(ctx: OrgContext, id: string): Promise<Result<object>> {
  if (!isId(id)) return webhookNotFound();
  return withTenant(ctx, async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: { id, organizationId: ctx.organization.id },
      select: { disabledAt: true },
    });
    if (!endpoint) return webhookNotFound();
    if (endpoint.disabledAt) return fail("WEBHOOK_DISABLED", "This endpoint is disabled. Enable it first, then send a test event.");
    const data = {
      organizationId: ctx.organization.id,
      message: "A test event from Orgstack: your endpoint receives and verifies our webhooks.",
    };
    await tx.$executeRaw(
      emitWebhookEvent(
        { organizationId: ctx.organization.id, type: TEST_EVENT, data, occurredAt: new Date() },
        { endpointId: id, everyEndpoint: true },
      ),
    );
    return { ok: true as const };
  });
}

/**
 * Sends one delivery again, through the queue, with its original webhook-id (receivers that kept it drop the
 * duplicate): for one that failed or was skipped while the endpoint was disabled.
 */
export async function redeliverWebhook(ctx: OrgContext, endpointId: string, deliveryId: string): Promise<Result<object>> {
  if (!isId(endpointId) || !isId(deliveryId)) return deliveryNotFound();
  return withTenant(ctx, async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId, endpointId, organizationId: ctx.organization.id },
      select: { status: true, endpoint: { select: { disabledAt: true } } },
    });
    if (!delivery) return deliveryNotFound();
    if (delivery.endpoint.disabledAt)
      return fail("WEBHOOK_DISABLED", "This endpoint is disabled. Enable it first, then send the delivery again.");
    if (delivery.status === "pending") return { ok: true as const };
    await tx.webhookDelivery.updateMany({ where: { id: deliveryId, organizationId: ctx.organization.id }, data: { status: "pending" } });
    await enqueue(tx, "webhook-delivery", { organizationId: ctx.organization.id, deliveryId });
    return { ok: true as const };
  });
}

function deliveryNotFound() {
  return fail("NOT_FOUND", "No such delivery of this webhook endpoint.");
}
