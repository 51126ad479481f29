"use client";

import { useActionState } from "react";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { OrganizationField } from "@/components/ui/organization-field";
import { addDomainAction, removeDomainAction, updateDomainAction, verifyDomainAction } from "../domain-actions";

type Domain = {
  id: string;
  domain: string;
  status: "pending" | "verified" | "lapsed";
  record: { name: string; value: string };
  joinMode: "SUGGEST" | "AUTOMATIC";
  joinRole: string;
  lapsedAt: string | null;
};

const JOIN_MODES = [
  { value: "SUGGEST", label: "Suggest joining (they choose)" },
  { value: "AUTOMATIC", label: "Join automatically" },
];
const JOIN_ROLES = [
  { value: "MEMBER", label: "Member" },
  { value: "GUEST", label: "Guest" },
  { value: "ADMIN", label: "Admin" },
];

const BADGE = {
  pending: "bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100",
  verified: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200",
  lapsed: "bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-200",
};

/** Claim a domain, prove it with DNS, and say how people at it join. */
export function DomainsSection({ organizationId, domains }: { organizationId: string; domains: Domain[] }) {
  const [state, action] = useActionState(addDomainAction, initialFormState);
  return (
    <div className="space-y-5">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        People whose verified email address is at a verified domain can find and join this organization without an invitation.
      </p>
      {domains.length > 0 && (
        <ul className="space-y-4">
          {domains.map((domain) => (
            <DomainRow key={domain.id} organizationId={organizationId} domain={domain} />
          ))}
        </ul>
      )}
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate aria-label="Add a domain">
        <OrganizationField organizationId={organizationId} />
        <div className="min-w-56 flex-1">
          <Field
            label="Domain"
            name="domain"
            placeholder="example.com"
            defaultValue={state.status === "error" ? state.values?.domain : ""}
            error={state.fields?.domain}
            key={state.message}
          />
        </div>
        <SubmitButton pendingLabel="Adding…" fullWidth={false} variant="secondary">
          Add domain
        </SubmitButton>
        <div className="basis-full">
          <FormAlert message={state.fields?.domain ? undefined : state.message} tone={state.status === "success" ? "success" : "error"} />
        </div>
      </form>
    </div>
  );
}

function DomainRow({ organizationId, domain }: { organizationId: string; domain: Domain }) {
  const [verified, verify] = useActionState(verifyDomainAction.bind(null, domain.id), initialFormState);
  const [saved, save] = useActionState(updateDomainAction.bind(null, domain.id), initialFormState);
  return (
    <li className="rounded-md border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium break-all">{domain.domain}</span>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${BADGE[domain.status]}`}>
          {domain.status === "pending" ? "Not verified" : domain.status === "verified" ? "Verified" : "Verification lapsed"}
        </span>
        <span className="ml-auto">
          <ConfirmButton
            organizationId={organizationId}
            action={removeDomainAction.bind(null, domain.id)}
            trigger="Remove"
            triggerLabel={`Remove ${domain.domain}`}
            confirm="Remove domain"
            pending="Removing…"
          >
            People at {domain.domain} will no longer be offered this organization. Members who joined stay.
          </ConfirmButton>
        </span>
      </div>
      {domain.status !== "verified" && (
        <div className="mt-3 space-y-3">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {domain.status === "lapsed"
              ? "The daily check no longer finds the TXT record, so nobody joins through this domain. Put the record back and verify again."
              : "Add this TXT record at your DNS provider, then verify. DNS changes can take a few minutes to appear."}
          </p>
          <CopyField label="Name" value={domain.record.name} />
          <CopyField label="Value" value={domain.record.value} />
          <form action={verify}>
            <OrganizationField organizationId={organizationId} />
            <FormAlert message={verified.message} tone={verified.status === "success" ? "success" : "error"} />
            <div className="mt-2">
              <SubmitButton pendingLabel="Checking DNS…" fullWidth={false}>
                Verify
              </SubmitButton>
            </div>
          </form>
        </div>
      )}
      {domain.status !== "pending" && (
        <form
          action={save}
          className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
          aria-label={`How people at ${domain.domain} join`}
        >
          <OrganizationField organizationId={organizationId} />
          <SelectField
            label="People at this domain"
            name="joinMode"
            id={`mode-${domain.id}`}
            options={JOIN_MODES}
            defaultValue={domain.joinMode}
          />
          <SelectField label="They join as" name="joinRole" id={`role-${domain.id}`} options={JOIN_ROLES} defaultValue={domain.joinRole} />
          <SubmitButton pendingLabel="Saving…" fullWidth={false} variant="secondary">
            Save
          </SubmitButton>
          <div className="sm:col-span-3">
            <FormAlert message={saved.message} tone={saved.status === "success" ? "success" : "error"} />
          </div>
        </form>
      )}
    </li>
  );
}
