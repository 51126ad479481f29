"use client";

import { AnswerForms, NominateForm, Outcome, useTransferActions, type TransferCandidateOption } from "./transfer-forms";

type Person = { id: string; name: string };
export type TransferView = { from: Person; to: Person; expiresOn: string };

/**
 * The Ownership card of the settings page: the waiting nomination (accept / decline for its nominee, cancel for an
 * owner), or the owner's nomination form. It stays mounted while the nomination comes and goes, so the outcome of the
 * last action is still said once the buttons that led to it are gone.
 */
export function OwnershipTransferPanel({
  organization,
  viewerId,
  owner,
  transfer,
  candidates,
  expiryDays,
}: {
  organization: { id: string; name: string };
  viewerId: string;
  owner: boolean;
  transfer: TransferView | null;
  candidates: TransferCandidateOption[] | null;
  expiryDays: number;
}) {
  const actions = useTransferActions();
  const nominee = transfer?.to.id === viewerId;
  return (
    <div className="space-y-3">
      <Outcome state={actions.outcome} />
      {transfer ? (
        <div className="space-y-3">
          <p className="text-sm">
            {transfer.from.name} asked <strong>{transfer.to.name}</strong> to become an owner. The request waits until {transfer.expiresOn}.
          </p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {nominee
              ? `If you accept, you become an owner of ${organization.name} — you can then do everything, including deleting it — and ${transfer.from.name} becomes an admin.`
              : `When ${transfer.to.name} accepts, they become an owner and ${transfer.from.id === viewerId ? "you become" : `${transfer.from.name} becomes`} an admin. Other owners keep their role.`}
          </p>
          <AnswerForms
            organizationId={organization.id}
            nominee={nominee}
            canCancel={owner}
            accept={actions.accept}
            decline={actions.decline}
            cancel={actions.cancel}
            onSubmit={actions.setLast}
          />
        </div>
      ) : owner ? (
        <NominateForm
          key={actions.answer}
          organization={organization}
          candidates={candidates}
          expiryDays={expiryDays}
          state={actions.requested}
          action={actions.request}
          onSubmit={() => actions.setLast("request")}
        />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No ownership transfer is waiting. Only an owner can hand {organization.name} over to another member.
        </p>
      )}
    </div>
  );
}

/**
 * The overview page's notice for the member an owner nominated: accept or decline, right where they land. Always
 * mounted (empty without a nomination for the viewer) so the outcome is still said after accepting or declining.
 */
export function NomineeTransferNotice({
  organization,
  transfer,
}: {
  organization: { id: string; name: string };
  transfer: TransferView | null;
}) {
  const actions = useTransferActions();
  if (!transfer) return actions.outcome.message ? <Outcome state={actions.outcome} /> : null;
  return (
    <section
      aria-labelledby="transfer-heading"
      className="rounded-lg border border-indigo-200 bg-indigo-50 p-4 dark:border-indigo-900 dark:bg-indigo-950/40"
    >
      <h2 id="transfer-heading" className="font-medium">
        {transfer.from.name} wants to make you an owner of {organization.name}
      </h2>
      <p className="mt-1 mb-3 text-sm text-zinc-700 dark:text-zinc-300">
        Owners can do everything, including deleting the organization. If you accept, {transfer.from.name} becomes an admin. The request
        waits until {transfer.expiresOn}.
      </p>
      <div className="space-y-2">
        <Outcome state={actions.outcome} />
        <AnswerForms
          organizationId={organization.id}
          nominee
          canCancel={false}
          accept={actions.accept}
          decline={actions.decline}
          cancel={actions.cancel}
          onSubmit={actions.setLast}
        />
      </div>
    </section>
  );
}
