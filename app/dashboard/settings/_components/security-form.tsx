"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "@/components/ui/organization-field";
import { updateSecurityAction } from "../security-actions";

type Props = {
  organizationId: string;
  requireTwoFactor: boolean;
  supportAccessAllowed: boolean;
  without: { id: string; name: string; email: string }[];
  canChange: boolean;
  /** Whether single sign-on is required; null when there is no connection to require. */
  requireSso: boolean | null;
};

/** The two-factor requirement, with who it would keep out listed before it is turned on; support access. */
export function SecurityForm({ organizationId, requireTwoFactor, supportAccessAllowed, without, canChange, requireSso }: Props) {
  const [state, action] = useActionState(updateSecurityAction, initialFormState);
  const [requiring, setRequiring] = useState(requireTwoFactor);
  return (
    <form action={action} className="space-y-5" aria-label="Security policy">
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name="requireTwoFactor"
          checked={requiring}
          onChange={(event) => setRequiring(event.target.checked)}
          disabled={!canChange}
          className="mt-1 size-4 rounded border-zinc-300"
        />
        <span>
          <span className="block text-sm font-medium">Require two-factor authentication</span>
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">
            Every member must sign in with an authenticator app or a passkey to reach anything of this organization, in the app and through
            the API with their session. API keys are not affected.
          </span>
        </span>
      </label>
      {without.length > 0 ? (
        <div
          role={requiring && !requireTwoFactor ? "alert" : undefined}
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p className="font-medium">
            {without.length === 1 ? "1 member has" : `${without.length} members have`} no second factor yet
            {requireTwoFactor
              ? " and cannot reach the organization until they set one up:"
              : ". With the requirement on, they are asked to set one up before they can continue:"}
          </p>
          <ul className="mt-2 space-y-0.5">
            {without.slice(0, 50).map((member) => (
              <li key={member.id} className="break-all">
                {member.name} <span className="text-amber-800 dark:text-amber-300">({member.email})</span>
              </li>
            ))}
            {without.length > 50 && <li>and {without.length - 50} more</li>}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-emerald-700 dark:text-emerald-400">Every member has a second factor.</p>
      )}
      {requireSso !== null ? (
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="requireSso"
            defaultChecked={requireSso}
            disabled={!canChange}
            className="mt-1 size-4 rounded border-zinc-300"
          />
          {/* After the box, so an unticked box still says "off": the field is on the form only where SSO is connected. */}
          <input type="hidden" name="requireSso" value="off" />
          <span>
            <span className="block text-sm font-medium">Require single sign-on</span>
            <span className="block text-sm text-zinc-600 dark:text-zinc-400">
              Members whose address is at your verified domains must sign in through your identity provider: their password and passkeys no
              longer open this organization. Owners keep their password as a way in if the identity provider fails; each use is in the audit
              log.
            </span>
          </span>
        </label>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Connect an identity provider under Single sign-on to be able to require it.
        </p>
      )}
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name="supportAccessAllowed"
          defaultChecked={supportAccessAllowed}
          disabled={!canChange}
          className="mt-1 size-4 rounded border-zinc-300"
        />
        <span>
          <span className="block text-sm font-medium">Allow support access</span>
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">
            Orgstack support staff may view the organization as one of its members, read-only, for at most an hour, with a stated reason.
            Each visit is in the audit log.
          </span>
        </span>
      </label>
      {canChange ? (
        <SubmitButton pendingLabel="Saving…" fullWidth={false}>
          Save security policy
        </SubmitButton>
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Only owners change the security policy.</p>
      )}
    </form>
  );
}
