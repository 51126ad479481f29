import { z } from "zod";
import { isClaimableDomain } from "../free-mail-domains";

/** A DNS name an organization claims: letters, digits and hyphens in labels, at least two labels, no trailing dot. */
export const domainField = z
  .string({ error: "Enter a domain such as example.com." })
  .trim()
  .toLowerCase()
  .transform((value) =>
    value
      .replace(/\.$/, "")
      .replace(/^https?:\/\//, "")
      .replace(/\/.*$/, "")
      .replace(/^www\./, ""),
  )
  .pipe(
    z
      .string()
      .min(1, "Enter a domain such as example.com.")
      .max(253, "That domain is too long.")
      .regex(
        /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/,
        "Enter a domain such as example.com (letters, digits, hyphens and dots).",
      )
      .refine(isClaimableDomain, "Anyone can have an address at this domain, so it cannot be claimed by an organization."),
  );

export const addDomainSchema = z.strictObject({ domain: domainField });

/** A verified domain's join rule; people never join as owners this way. */
export const updateDomainSchema = z.strictObject({
  joinMode: z.enum(["SUGGEST", "AUTOMATIC"], { error: "Choose: suggest joining, or join automatically." }),
  joinRole: z.enum(["ADMIN", "MEMBER", "GUEST"], { error: "Choose the role people join with: admin, member or guest." }),
});
