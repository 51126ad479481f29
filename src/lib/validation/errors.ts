import type { z } from "zod";

/** The first message for each field, keyed by the field's path: `{ email: "Enter a valid email…" }`. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    if (issue.code === "unrecognized_keys") {
      for (const unknown of issue.keys) fields[unknown] ??= "This field is not accepted.";
      continue;
    }
    fields[key] ??= issue.message;
  }
  return fields;
}
