import type { SelectHTMLAttributes } from "react";
import { CONTROL_CLASS, FieldShell, controlProps } from "./field-shell";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
  hint?: string;
};

/** A labelled native select (keyboard and screen-reader friendly everywhere) with its hint and inline error. */
export function SelectField({ label, name, options, error, hint, id = name, ...select }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select name={name} {...controlProps(id, hint, error)} className={CONTROL_CLASS} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
