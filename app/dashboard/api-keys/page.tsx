import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { env } from "@/env";
import { formatDate } from "@/lib/format";
import { PERMISSION_LABELS } from "@/lib/permissions";
import { listApiKeys } from "@/server/api-keys/queries";
import type { ApiKeyDto } from "@/server/api-keys/dto";
import { requireOrgPage } from "@/server/auth/require-page";
import { can } from "@/server/permissions";
import { CreateApiKeyForm } from "./_components/create-api-key-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

const CARD = "rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900";
const STATUS: Record<ApiKeyDto["status"], { label: string; className: string }> = {
  active: { label: "Active", className: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300" },
  expired: { label: "Expired", className: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300" },
  revoked: { label: "Revoked", className: "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300" },
};

/** The organization's API keys: who made each, when it was last used, revoke; a new key's secret shown once. */
export default async function ApiKeysPage() {
  const ctx = await requireOrgPage("/dashboard/api-keys");
  if (!can(ctx, "api_keys.manage")) notFound();
  const keys = await listApiKeys(ctx);
  const organizationId = ctx.organization.id;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">API keys</h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
          Keys let scripts and integrations call the Orgstack API as {ctx.organization.name}, with the permissions you choose. They belong
          to the organization: they keep working when the person who made them leaves. Actions taken with a key appear in the audit log
          under its name.
        </p>
      </div>

      <section aria-labelledby="keys-heading" className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-3">
          <h2 id="keys-heading" className="font-medium">
            Keys of {ctx.organization.name}
          </h2>
          {keys.length === 0 ? (
            <Notice title="No API keys yet">Create one with the form to call the API from a script or another service.</Notice>
          ) : (
            <ul className={`divide-y divide-zinc-200 dark:divide-zinc-800 ${CARD}`}>
              {keys.map((key) => (
                <li key={key.id} className="space-y-1.5 px-4 py-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="min-w-0 font-medium break-words">{key.name}</p>
                    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS[key.status].className}`}>
                      {STATUS[key.status].label}
                    </span>
                  </div>
                  <p className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{key.prefix}…</p>
                  <ul className="flex flex-wrap gap-1.5" aria-label={`Permissions of ${key.name}`}>
                    {key.permissions.map((permission) => (
                      <li
                        key={permission}
                        title={PERMISSION_LABELS[permission as keyof typeof PERMISSION_LABELS]}
                        className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800"
                      >
                        {permission}
                      </li>
                    ))}
                  </ul>
                  <dl className="grid gap-x-4 gap-y-0.5 text-xs text-zinc-600 sm:grid-cols-2 dark:text-zinc-400">
                    <div>
                      <dt className="inline">Created </dt>
                      <dd className="inline">
                        {formatDate(key.createdAt)} by {key.createdBy.name || "someone"}
                        {!key.createdBy.stillMember && " (no longer a member)"}
                      </dd>
                    </div>
                    <div>
                      <dt className="inline">Last used </dt>
                      <dd className="inline">{key.lastUsedAt ? formatDate(key.lastUsedAt) : "never"}</dd>
                    </div>
                    <div>
                      <dt className="inline">{key.status === "expired" ? "Expired " : "Expires "}</dt>
                      <dd className="inline">{key.expiresAt ? formatDate(key.expiresAt) : "never"}</dd>
                    </div>
                    {key.revokedAt && (
                      <div>
                        <dt className="inline">Revoked </dt>
                        <dd className="inline">{formatDate(key.revokedAt)}</dd>
                      </div>
                    )}
                  </dl>
                  {key.status === "active" && (
                    <ConfirmButton
                      organizationId={organizationId}
                      action={revokeApiKeyAction.bind(null, key.id)}
                      trigger="Revoke…"
                      triggerLabel={`Revoke ${key.name}`}
                      confirm="Revoke key"
                      pending="Revoking…"
                    >
                      Revoke “{key.name}”? Every script or integration using it stops working at once. This cannot be undone.
                    </ConfirmButton>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div className={`space-y-2 p-4 ${CARD}`}>
            <h2 className="text-sm font-medium">Using a key</h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Send it as a bearer token; every JSON endpoint that acts in the organization accepts it.
            </p>
            <pre className="overflow-x-auto rounded bg-zinc-950 p-3 font-mono text-xs text-zinc-100">
              {`curl ${env.APP_URL}/api/projects \\\n  -H "Authorization: Bearer $ORGSTACK_API_KEY"`}
            </pre>
          </div>
        </div>
        <div className={`h-fit p-5 ${CARD}`}>
          <h2 className="mb-4 font-medium">New API key</h2>
          <CreateApiKeyForm organizationId={organizationId} grantable={ctx.permissions} />
        </div>
      </section>
    </div>
  );
}
