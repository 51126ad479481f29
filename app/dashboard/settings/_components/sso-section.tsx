"use client";

import { useActionState, useState } from "react";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { initialFormState } from "@/lib/form-state";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { OrganizationField } from "@/components/ui/organization-field";
import { createScimTokenAction, removeSsoAction, revokeScimTokenAction, saveSsoAction, type ScimTokenFormState } from "../sso-actions";

type Connection = {
  protocol: "SAML" | "OIDC";
  defaultRole: string;
  saml: {
    entityId: string | null;
    ssoUrl: string | null;
    metadataUrl: string | null;
    allowIdpInitiated: boolean;
    certificates: { subject: string; expiresAt: string | null }[];
  } | null;
  oidc: { issuer: string | null; clientId: string | null; hasClientSecret: boolean } | null;
};

type Props = {
  organizationId: string;
  connection: Connection | null;
  serviceProvider: { samlEntityId: string; samlAcsUrl: string; samlMetadataUrl: string; oidcRedirectUri: string };
  domains: string[];
  scim: { prefix: string; createdAt: string; lastUsedAt: string | null; baseUrl: string } | null;
  scimBaseUrl: string;
};

const ROLES = [
  { value: "MEMBER", label: "Member" },
  { value: "GUEST", label: "Guest" },
  { value: "ADMIN", label: "Admin" },
];

const date = (iso: string) => new Date(iso).toLocaleDateString("en", { year: "numeric", month: "short", day: "numeric" });

/** The identity provider (SAML or OIDC), what to give it, and directory sync (SCIM): the owners' part of settings. */
export function SsoSection({ organizationId, connection, serviceProvider, domains, scim, scimBaseUrl }: Props) {
  const [state, action] = useActionState(saveSsoAction, initialFormState);
  const [protocol, setProtocol] = useState<"SAML" | "OIDC">(connection?.protocol ?? "SAML");
  const { fields = {} } = state;
  return (
    <div className="space-y-6">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {domains.length > 0 ? (
          <>
            People whose address is at {domains.join(", ")} sign in through your identity provider: they enter their email on the login page
            and are sent there.
          </>
        ) : (
          <>Single sign-on is for the addresses at your verified domains: verify a domain (below) for it to apply to anyone.</>
        )}
      </p>

      {connection && (
        <div className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm dark:border-emerald-900 dark:bg-emerald-950/40">
          <p className="font-medium text-emerald-900 dark:text-emerald-100">
            Connected with {connection.protocol === "SAML" ? "SAML 2.0" : "OpenID Connect"}:{" "}
            {connection.saml?.entityId ?? connection.oidc?.issuer}
          </p>
          {connection.saml?.certificates.map((certificate) => (
            <p key={certificate.subject} className="mt-1 text-emerald-900 dark:text-emerald-200">
              Signing certificate {certificate.subject}
              {certificate.expiresAt ? `, expires ${date(certificate.expiresAt)}` : ""}
            </p>
          ))}
          <div className="mt-2">
            <ConfirmButton
              organizationId={organizationId}
              action={removeSsoAction}
              trigger="Remove connection"
              triggerLabel="Remove the single sign-on connection"
              confirm="Remove connection"
              pending="Removing…"
            >
              Members sign in with their password or passkey again, and requiring single sign-on is turned off.
            </ConfirmButton>
          </div>
        </div>
      )}

      <form action={action} className="space-y-4" aria-label="Single sign-on connection" noValidate>
        <OrganizationField organizationId={organizationId} />
        <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
        <fieldset>
          <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Protocol</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {(["SAML", "OIDC"] as const).map((option) => (
              <label key={option} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="protocol"
                  value={option}
                  checked={protocol === option}
                  onChange={() => setProtocol(option)}
                  className="size-4"
                />
                {option === "SAML" ? "SAML 2.0 (Okta, Entra ID, Google Workspace)" : "OpenID Connect"}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="space-y-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
          <p className="text-sm font-medium">Give your identity provider these</p>
          {protocol === "SAML" ? (
            <>
              <CopyField label="Single sign-on URL (ACS URL)" value={serviceProvider.samlAcsUrl} />
              <CopyField label="Audience URI (SP entity ID)" value={serviceProvider.samlEntityId} />
              <p className="text-xs text-zinc-500 dark:text-zinc-400">
                Name ID: persistent (or the email address). Attributes: email, and firstName and lastName or displayName.
              </p>
            </>
          ) : (
            <CopyField label="Redirect URI" value={serviceProvider.oidcRedirectUri} />
          )}
        </div>

        {protocol === "SAML" ? (
          <>
            <Field
              label="Metadata URL"
              name="metadataUrl"
              type="url"
              placeholder="https://idp.example.com/app/…/sso/saml/metadata"
              defaultValue={connection?.saml?.metadataUrl ?? ""}
              error={fields.metadataUrl}
              hint="Or paste the metadata XML below."
            />
            <TextArea label="Metadata XML" name="metadataXml" rows={3} placeholder="<EntityDescriptor …>" error={fields.metadataXml} />
            <details className="text-sm">
              <summary className="cursor-pointer font-medium">Or enter the values by hand</summary>
              <div className="mt-3 space-y-3">
                <Field label="Identity provider entity ID (issuer)" name="entityId" error={fields.entityId} />
                <Field label="Sign-on URL" name="ssoUrl" type="url" error={fields.ssoUrl} />
                <TextArea
                  label="Signing certificate"
                  name="certificate"
                  rows={3}
                  placeholder="-----BEGIN CERTIFICATE-----"
                  error={fields.certificate}
                />
              </div>
            </details>
            <label className="flex items-start gap-3">
              <input
                type="checkbox"
                name="allowIdpInitiated"
                defaultChecked={connection?.saml?.allowIdpInitiated ?? false}
                className="mt-1 size-4 rounded border-zinc-300"
              />
              <span className="text-sm">
                <span className="block font-medium">Accept sign-ins started at the identity provider</span>
                <span className="block text-zinc-600 dark:text-zinc-400">
                  Clicking the app&apos;s tile in the identity provider&apos;s dashboard. Off is safer: sign-ins then always start here.
                </span>
              </span>
            </label>
          </>
        ) : (
          <>
            <Field
              label="Issuer URL"
              name="issuer"
              type="url"
              placeholder="https://your-tenant.okta.com"
              defaultValue={connection?.oidc?.issuer ?? ""}
              error={fields.issuer}
            />
            <Field label="Client ID" name="clientId" defaultValue={connection?.oidc?.clientId ?? ""} error={fields.clientId} />
            <Field
              label="Client secret"
              name="clientSecret"
              type="password"
              autoComplete="off"
              placeholder={connection?.oidc?.hasClientSecret ? "Unchanged" : ""}
              error={fields.clientSecret}
              hint={connection?.oidc?.hasClientSecret ? "Leave empty to keep the one saved." : undefined}
            />
          </>
        )}
        <SelectField
          label="People new to the organization join as"
          name="defaultRole"
          id="sso-default-role"
          options={ROLES}
          defaultValue={connection?.defaultRole ?? "MEMBER"}
          error={fields.defaultRole}
        />
        <SubmitButton pendingLabel="Checking and saving…" fullWidth={false}>
          {connection ? "Save connection" : "Connect"}
        </SubmitButton>
      </form>

      <DirectorySync organizationId={organizationId} scim={scim} baseUrl={scimBaseUrl} />
    </div>
  );
}

function DirectorySync({ organizationId, scim, baseUrl }: { organizationId: string; scim: Props["scim"]; baseUrl: string }) {
  const [state, action] = useActionState<ScimTokenFormState, FormData>(createScimTokenAction, initialFormState);
  return (
    <div className="space-y-3 border-t border-zinc-200 pt-5 dark:border-zinc-800">
      <h3 className="font-medium">Directory sync (SCIM)</h3>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Your directory (Okta, Entra ID) adds people when they are assigned the app and removes them the moment they are unassigned or leave.
        Groups named like a custom role give that role. While it is on, only the people it adds become members through single sign-on.
      </p>
      <CopyField label="SCIM base URL" value={baseUrl} />
      {state.token && (
        <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 dark:border-emerald-900 dark:bg-emerald-950/40">
          <CopyField label="Bearer token" value={state.token} />
          <p className="text-xs text-emerald-900 dark:text-emerald-200">
            Paste it into your directory now. Orgstack keeps only a fingerprint of it, so it cannot be shown again.
          </p>
        </div>
      )}
      {scim && (
        <p className="text-sm">
          On: token <code className="font-mono">{scim.prefix}…</code>, made {date(scim.createdAt)},{" "}
          {scim.lastUsedAt ? `last used ${date(scim.lastUsedAt)}` : "not used yet"}.
        </p>
      )}
      <div className="flex flex-wrap items-start gap-4">
        <form action={action}>
          <OrganizationField organizationId={organizationId} />
          <FormAlert message={state.token ? undefined : state.message} tone={state.status === "success" ? "success" : "error"} />
          <SubmitButton pendingLabel="Creating…" fullWidth={false} variant="secondary">
            {scim ? "Replace token" : "Turn on directory sync"}
          </SubmitButton>
        </form>
        {scim && (
          <ConfirmButton
            organizationId={organizationId}
            action={revokeScimTokenAction}
            trigger="Turn off"
            triggerLabel="Turn off directory sync"
            confirm="Revoke token"
            pending="Revoking…"
          >
            The directory can no longer add or remove people. Members it added stay.
          </ConfirmButton>
        )}
      </div>
    </div>
  );
}
