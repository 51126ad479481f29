import { z } from "zod";

/** A superadmin's license grant: `plan:<key>` or `feature:<key>` (checked against plans.ts by the service). */
export const grantLicenseSchema = z.object({
  grant: z.string().regex(/^(plan|feature):[a-z0-9.-]{1,40}$/, "Choose a plan or a feature."),
  /** A date (YYYY-MM-DD, end of that day UTC) or empty for a license that does not expire. */
  expiresOn: z.union([z.literal(""), z.iso.date("Enter a date, or leave it empty for no expiry.")]).optional(),
  note: z.string().trim().max(200, "Keep the note under 200 characters.").default(""),
});
export type GrantLicenseInput = z.infer<typeof grantLicenseSchema>;
