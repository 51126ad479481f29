import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { formatDate, formatTimestamp } from "@/lib/format";
import { requireOrgPage } from "@/server/auth/require-page";
import { can } from "@/server/permissions";
import type { DeliveryDto } from "@/server/webhooks/dto";
import { webhooksWithRecentDeliveries } from "@/server/webhooks/queries";
import { CreateWebhookForm } from "./_components/create-webhook-form";
import { EndpointActions } from "./_components/endpoint-actions";
import { RedeliverButton } from "./_components/redeliver-button";

export const metadata: Metadata = { title: "Webhooks" };

const CARD = "rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900";
const STATUS: Record<string, string> = {
  succeeded: "text-emerald-700 dark:text-emerald-400",
  pending: "text-amber-700 dark:text-amber-400",
  failed: "text-red-700 dark:text-red-400",
  skipped: "text-zinc-600 dark:text-zinc-400",
};

/** The organization's webhook endpoints, what each receives, and its newest deliveries with their answers. */
export default async function WebhooksPage() {
  const ctx = await requireOrgPage("/dashboard/webhooks");
  if (!can(ctx, "webhooks.manage")) notFound();
  const webhooks = await webhooksWithRecentDeliveries(ctx);
  const organizationId = ctx.organization.id;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Webhooks</h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
          Orgstack sends {ctx.organization.name}&apos;s events to your endpoints as signed JSON (Standard Webhooks), retrying for a few
          hours when they do not answer. Verify each delivery with the endpoint&apos;s signing secret.
        </p>
      </div>
      <section aria-labelledby="endpoints-heading" className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-4">
          <h2 id="endpoints-heading" className="font-medium">
            Endpoints
          </h2>
          {webhooks.length === 0 ? (
            <Notice title="No endpoints yet">Add the URL of a receiver with the form, choose its events, then send it a test event.</Notice>
          ) : (
            webhooks.map((webhook) => (
              <article key={webhook.id} className={`space-y-3 p-4 ${CARD}`} aria-label={`Endpoint ${webhook.url}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="font-mono text-sm break-all">{webhook.url}</p>
                    {webhook.description && <p className="text-sm text-zinc-600 dark:text-zinc-400">{webhook.description}</p>}
                  </div>
                  <span
                    className={`rounded px-1.5 py-0.5 text-xs font-medium ${webhook.enabled ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300" : "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300"}`}
                  >
                    {webhook.enabled ? "Enabled" : "Disabled"}
                  </span>
                </div>
                {!webhook.enabled && webhook.disabledReason && (
                  <p className="text-sm text-red-700 dark:text-red-400">{webhook.disabledReason}</p>
                )}
                <ul className="flex flex-wrap gap-1.5" aria-label="Events">
                  {webhook.events.map((event) => (
                    <li key={event} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800">
                      {event}
                    </li>
                  ))}
                </ul>
                {webhook.previousSecretValidUntil && (
                  <p className="text-xs text-zinc-600 dark:text-zinc-400">
                    The previous secret also signs until {formatDate(webhook.previousSecretValidUntil)}.
                  </p>
                )}
                <EndpointActions organizationId={organizationId} webhook={webhook} />
                <Deliveries organizationId={organizationId} webhook={webhook} />
              </article>
            ))
          )}
        </div>
        <div className={`h-fit p-5 ${CARD}`}>
          <h2 className="mb-4 font-medium">New endpoint</h2>
          <CreateWebhookForm organizationId={organizationId} />
        </div>
      </section>
    </div>
  );
}

function Deliveries({
  organizationId,
  webhook,
}: {
  organizationId: string;
  webhook: { id: string; enabled: boolean; deliveries: DeliveryDto[] };
}) {
  const { deliveries } = webhook;
  if (deliveries.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No deliveries yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Newest deliveries</caption>
        <thead className="text-xs text-zinc-600 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Event
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Status
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Answer
            </th>
            <th scope="col" className="py-1 font-medium">
              Last attempt (UTC)
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {deliveries.map((delivery) => (
            <tr key={delivery.id} className="align-top">
              <td className="py-1 pr-3 font-mono text-xs">{delivery.eventType}</td>
              <td className={`py-1 pr-3 ${STATUS[delivery.status] ?? ""}`}>
                {delivery.status}
                {delivery.attempts > 1 && <span className="text-xs text-zinc-600 dark:text-zinc-400"> · {delivery.attempts} attempts</span>}
              </td>
              <td className="max-w-xs py-1 pr-3 text-xs break-words text-zinc-600 dark:text-zinc-400">
                {delivery.lastStatusCode ? `HTTP ${delivery.lastStatusCode}` : delivery.lastError ? "" : "—"}
                {delivery.lastDurationMs !== null && ` in ${delivery.lastDurationMs} ms`}
                {delivery.lastError && delivery.lastStatusCode === null && delivery.lastError}
              </td>
              <td className="py-1 text-xs whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                {delivery.lastAttemptAt ? formatTimestamp(delivery.lastAttemptAt) : "queued"}
                {webhook.enabled && (delivery.status === "failed" || delivery.status === "skipped") && (
                  <RedeliverButton organizationId={organizationId} webhookId={webhook.id} delivery={delivery} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
