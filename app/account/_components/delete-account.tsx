"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { deleteAccountAction } from "../actions";

/** `deletes`: organizations that go with the account (its only member); `blocks`: ones it is the last owner of. */
export function DeleteAccount({ deletes, blocks }: { deletes: string[]; blocks: string[] }) {
  const [state, action] = useActionState(deleteAccountAction, initialFormState);
  if (blocks.length > 0) {
    return (
      <div className="space-y-2 text-sm">
        <p>
          You are the last owner of <strong>{blocks.join(", ")}</strong>, which {blocks.length === 1 ? "has" : "have"} other members. Before
          you can delete your account, make another member an owner (the organization&apos;s Settings → Transfer ownership, or Members →
          change their role), or delete the organization.
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="max-w-md space-y-4" noValidate aria-label="Delete account">
      <FormAlert message={state.message} />
      <p className="text-sm">
        This deletes your account at once and signs you out everywhere. You leave every organization you belong to; what you created in them
        stays.{" "}
        {deletes.length > 0 && (
          <>
            <strong>{deletes.join(", ")}</strong> {deletes.length === 1 ? "has" : "have"} no other members and will be deleted with all
            {deletes.length === 1 ? " its" : " their"} data.{" "}
          </>
        )}
        This cannot be undone.
      </p>
      <Field
        label="Your password"
        id="delete-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fields?.password}
      />
      <SubmitButton pendingLabel="Deleting…" variant="danger" fullWidth={false}>
        Delete my account
      </SubmitButton>
    </form>
  );
}
