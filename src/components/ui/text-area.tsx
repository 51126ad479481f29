import type { TextareaHTMLAttributes } from "react";
import { CONTROL_CLASS, FieldShell, controlProps } from "./field-shell";

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; error?: string; hint?: string };

/** A labelled multi-line input with its hint and inline error. */
export function TextArea({ label, name, error, hint, id = name, ...textarea }: TextAreaProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea name={name} rows={4} {...controlProps(id, hint, error)} className={CONTROL_CLASS} {...textarea} />
    </FieldShell>
  );
}
