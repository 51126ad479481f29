"use client";

import { buttonClass } from "@/components/ui/button";
import { useActionState, useEffect, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";
import { OrganizationField } from "@/components/ui/organization-field";
import { acceptTransferAction, cancelTransferAction, declineTransferAction, requestTransferAction } from "../transfer-actions";

type FormAction = (formData: FormData) => void;
export type TransferCandidateOption = { id: string; name: string; label: string };

const SECONDARY = buttonClass();

/**
 * The owner's nomination: choose a member (or type their email when the organization is too large to list), then
 * confirm, being told that they themselves become an admin once the nominee accepts. React resets a form after its
 * action, so the panel mounts a fresh one for each answer (its key): it starts from what was sent, with the answer.
 */
export function NominateForm({
  organization,
  candidates,
  expiryDays,
  state,
  action,
  onSubmit,
}: {
  organization: { id: string; name: string };
  /** null: too many members to list; ask for an email address instead. */
  candidates: TransferCandidateOption[] | null;
  expiryDays: number;
  state: FormState;
  action: FormAction;
  onSubmit?: () => void;
}) {
  const [chosen, setChosen] = useState(state.values?.userId ?? state.values?.email ?? "");
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState<string>();
  const confirmation = useRef<HTMLDivElement>(null);
  // The button that opened the confirmation is gone: keyboard users continue from the question it asks.
  useEffect(() => {
    if (confirming) confirmation.current?.focus();
  }, [confirming]);
  if (candidates?.length === 0) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Everyone else here is already an owner, or there is nobody else yet: invite someone first.
      </p>
    );
  }
  const nomineeName = candidates ? candidates.find((c) => c.id === chosen)?.name : chosen.trim();
  const error = missing ?? (candidates ? state.fields?.userId : state.fields?.email);

  function choose(value: string) {
    setChosen(value);
    setMissing(undefined);
  }

  function review() {
    if (!nomineeName) return setMissing(candidates ? "Choose the member who should become owner." : "Enter the member's email address.");
    setMissing(undefined);
    setConfirming(true);
  }

  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3" aria-label="Transfer ownership">
      <OrganizationField organizationId={organization.id} />
      {candidates ? (
        <SelectField
          label="New owner"
          name="userId"
          value={chosen}
          onChange={(event) => choose(event.target.value)}
          options={[{ value: "", label: "Choose a member…" }, ...candidates.map((c) => ({ value: c.id, label: c.label }))]}
          error={error}
          hint="Members other than the owners, by name."
        />
      ) : (
        <Field
          label="New owner's email"
          name="email"
          type="email"
          autoComplete="off"
          value={chosen}
          onChange={(event) => choose(event.target.value)}
          // Enter would submit the lone field at once, skipping the confirmation.
          onKeyDown={(event) => {
            if (event.key === "Enter" && !confirming) {
              event.preventDefault();
              review();
            }
          }}
          error={error}
          hint="The email address of a member of this organization."
        />
      )}
      {confirming && nomineeName ? (
        <div
          ref={confirmation}
          tabIndex={-1}
          role="group"
          aria-label="Confirm the ownership transfer"
          className="space-y-3 rounded-md border border-amber-200 bg-amber-50/60 p-3 text-sm focus:outline-none dark:border-amber-900 dark:bg-amber-950/30"
        >
          <p>
            Ask <strong>{nomineeName}</strong> to become an owner of {organization.name}? Nothing changes until they accept (within{" "}
            {expiryDays} days). When they do, they become an owner and <strong>you become an admin</strong>: you can no longer delete{" "}
            {organization.name}, manage billing, or change its owners. Other owners keep their role. You can cancel the request until then.
          </p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton pendingLabel="Sending…" fullWidth={false}>
              Ask them to accept
            </SubmitButton>
            <button type="button" onClick={() => setConfirming(false)} className={SECONDARY}>
              Keep ownership
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={review} className={SECONDARY}>
          Transfer ownership…
        </button>
      )}
    </form>
  );
}

/** Accept / decline for the nominee, or cancel for an owner. Each is one button: nothing is lost by any of them. */
export function AnswerForms({
  organizationId,
  nominee,
  canCancel,
  accept,
  decline,
  cancel,
  onSubmit,
}: {
  organizationId: string;
  nominee: boolean;
  canCancel: boolean;
  accept: FormAction;
  decline: FormAction;
  cancel: FormAction;
  onSubmit?: (intent: "accept" | "decline" | "cancel") => void;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {nominee && (
        <form action={accept} onSubmit={() => onSubmit?.("accept")}>
          <OrganizationField organizationId={organizationId} />
          <SubmitButton pendingLabel="Accepting…" fullWidth={false}>
            Accept ownership
          </SubmitButton>
        </form>
      )}
      {nominee && (
        <form action={decline} onSubmit={() => onSubmit?.("decline")}>
          <OrganizationField organizationId={organizationId} />
          <button type="submit" className={SECONDARY}>
            Decline
          </button>
        </form>
      )}
      {!nominee && canCancel && (
        <form action={cancel} onSubmit={() => onSubmit?.("cancel")}>
          <OrganizationField organizationId={organizationId} />
          <button type="submit" className={SECONDARY}>
            Cancel transfer
          </button>
        </form>
      )}
    </div>
  );
}

export type TransferIntent = "request" | "accept" | "decline" | "cancel";

/**
 * Every transfer action's state, and which one ran last. Kept by a component that stays on the page while the
 * nomination comes and goes, so "You are now an owner" is still said after the buttons that led to it are gone.
 */
export function useTransferActions() {
  // Numbered, so the nomination form can be mounted afresh for each answer (NominateForm).
  const [nomination, request] = useActionState(
    async (previous: { state: FormState; answer: number }, formData: FormData) => ({
      state: await requestTransferAction(previous.state, formData),
      answer: previous.answer + 1,
    }),
    { state: initialFormState, answer: 0 },
  );
  const requested = nomination.state;
  const [accepted, accept] = useActionState(acceptTransferAction, initialFormState);
  const [declined, decline] = useActionState(declineTransferAction, initialFormState);
  const [cancelled, cancel] = useActionState(cancelTransferAction, initialFormState);
  const [last, setLast] = useState<TransferIntent | null>(null);
  const states: Record<TransferIntent, FormState> = { request: requested, accept: accepted, decline: declined, cancel: cancelled };
  return {
    request,
    accept,
    decline,
    cancel,
    requested,
    answer: nomination.answer,
    outcome: last ? states[last] : initialFormState,
    setLast,
  };
}

export function Outcome({ state }: { state: FormState }) {
  return <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />;
}
