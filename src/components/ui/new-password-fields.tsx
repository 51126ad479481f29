import { PASSWORD_MIN_LENGTH } from "@/lib/password-rules";
import { Field } from "./field";

/** A new password typed twice, for forms that set one (reset, change). The form's action compares the two. */
export function NewPasswordFields({ name, errors }: { name: string; errors: { password?: string; confirm?: string } }) {
  return (
    <>
      <Field
        label="New password"
        name={name}
        type="password"
        autoComplete="new-password"
        required
        error={errors.password}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
      />
      <Field label="Repeat new password" name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
    </>
  );
}
