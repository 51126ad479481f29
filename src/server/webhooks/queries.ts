import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { fail } from "@/server/results/result";
import { isId } from "@/server/ids";
import { readTenant } from "@/server/tenant/scope";
import { deliverySelect, toWebhookDto, webhookSelect, type DeliveryDto, type WebhookDto } from "./dto";

export async function listWebhooks(ctx: OrgContext): Promise<WebhookDto[]> {
  const rows = await readTenant(ctx, (tx) =>
    tx.webhookEndpoint.findMany({
      where: { organizationId: ctx.organization.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 100,
      select: webhookSelect,
    }),
  );
  return rows.map((row) => toWebhookDto(row));
}

/** An endpoint's newest deliveries, with what the last attempt of each got back: the delivery log. */
export async function listDeliveries(ctx: OrgContext, endpointId: string, limit: number) {
  if (!isId(endpointId)) return webhookNotFound();
  return readTenant(ctx, async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: { id: endpointId, organizationId: ctx.organization.id },
      select: webhookSelect,
    });
    if (!endpoint) return webhookNotFound();
    const deliveries: DeliveryDto[] = await tx.webhookDelivery.findMany({
      where: { organizationId: ctx.organization.id, endpointId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: deliverySelect,
    });
    return { ok: true as const, endpoint: toWebhookDto(endpoint), deliveries };
  });
}

export function webhookNotFound() {
  return fail("NOT_FOUND", "No such webhook endpoint in this organization.");
}

/** The organization's endpoints, each with its newest deliveries: the webhooks page in one read transaction. */
export async function webhooksWithRecentDeliveries(
  ctx: OrgContext,
  perEndpoint = 10,
): Promise<Array<WebhookDto & { deliveries: DeliveryDto[] }>> {
  return readTenant(ctx, async (tx) => {
    const endpoints = await tx.webhookEndpoint.findMany({
      where: { organizationId: ctx.organization.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 100,
      select: webhookSelect,
    });
    const deliveries = await Promise.all(
      endpoints.map((endpoint) =>
        tx.webhookDelivery.findMany({
          where: { organizationId: ctx.organization.id, endpointId: endpoint.id },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: perEndpoint,
          select: deliverySelect,
        }),
      ),
    );
    return endpoints.map((endpoint, index) => ({ ...toWebhookDto(endpoint), deliveries: deliveries[index]! }));
  });
}
