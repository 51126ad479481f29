import { z } from "zod";
import { AUDIT_ACTION_NAMES } from "../audit-labels";
import { pageQuery } from "./fields";

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-24.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "That is not a date.");

/** Filters of the audit log (page, API and CSV export). Empty strings, as a GET form sends them, mean "any". */
export const auditQuery = z
  .object({
    ...pageQuery,
    action: z.enum(AUDIT_ACTION_NAMES, { error: "Unknown action." }).optional(),
    actorId: z
      .string()
      .regex(/^[a-z0-9]{1,64}$/, "Unknown actor.")
      .optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: "The start date is after the end date.",
    path: ["to"],
  });
export type AuditQuery = z.infer<typeof auditQuery>;

/** Drops the empty parameters a GET form sends for filters left at "any". */
export function withoutEmpty(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) result[key] = first;
  }
  return result;
}
