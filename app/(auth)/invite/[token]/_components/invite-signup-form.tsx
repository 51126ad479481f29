"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/password-rules";
import { signupWithInviteAction } from "../actions";

type Props = {
  token: string;
  organizationName: string;
  /** An email invitation's address: shown, sent, and not editable. */
  lockedEmail: string | null;
  allowedDomain: string | null;
};

export function InviteSignupForm({ token, organizationName, lockedEmail, allowedDomain }: Props) {
  const [state, action] = useActionState(signupWithInviteAction.bind(null, token), initialFormState);
  const { fields = {}, values = {} } = state;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} />
      <Field label="Your name" name="name" autoComplete="name" required maxLength={100} defaultValue={values.name} error={fields.name} />
      {lockedEmail ? (
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          readOnly
          value={lockedEmail}
          hint="The address this invitation was sent to."
          error={fields.email}
        />
      ) : (
        <Field
          label="Work email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={values.email}
          hint={allowedDomain ? `An @${allowedDomain} address.` : undefined}
          error={fields.email}
        />
      )}
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={fields.password}
      />
      <SubmitButton pendingLabel={`Joining ${organizationName}…`}>Create account and join</SubmitButton>
    </form>
  );
}
