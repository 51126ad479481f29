import type { InputHTMLAttributes } from "react";
import { CONTROL_CLASS, FieldShell, controlProps } from "./field-shell";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string };

/** A labelled input with its hint and inline error. */
export function Field({ label, name, error, hint, id = name, ...input }: FieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input name={name} {...controlProps(id, hint, error)} className={CONTROL_CLASS} {...input} />
    </FieldShell>
  );
}
