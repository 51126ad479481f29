import { z } from "zod";

const checkbox = (label: string) => z.boolean({ error: `Say whether ${label}: true or false.` });

/** The organization's security policy; a field left out stays as it is. */
export const securityPolicySchema = z
  .strictObject({
    requireTwoFactor: checkbox("members must use two-factor").optional(),
    supportAccessAllowed: checkbox("application support may view as a member").optional(),
    requireSso: checkbox("members at the verified domains must sign in through the identity provider").optional(),
  })
  .refine((input) => Object.keys(input).length > 0, "Send at least one setting to change.");
export type SecurityPolicyInput = z.infer<typeof securityPolicySchema>;
