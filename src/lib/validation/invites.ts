import { z } from "zod";
import { BASE_ROLES } from "../permissions";
import { emailField, numberOrDigits } from "./fields";

/** 32 random bytes in base64url: always 43 characters of A–Z, a–z, 0–9, "-" and "_". */
export const INVITE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const inviteTokenField = z
  .string({ error: "Send the invitation token." })
  .regex(INVITE_TOKEN_PATTERN, "That invitation link is incomplete or mistyped. Open the link from the email again.");

const role = z.enum(BASE_ROLES, { error: "Choose a role: OWNER, ADMIN, MEMBER or GUEST." });

export const createInviteSchema = z.strictObject({
  email: emailField,
  role,
});
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

export const acceptInviteSchema = z.strictObject({ token: inviteTokenField });

/** "example.com", typed as "@Example.com" or "example.com". */
const domainField = z
  .string({ error: "Enter a domain such as example.com." })
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/^@/, ""))
  .pipe(
    z
      .string()
      .max(253, "Domains are at most 253 characters.")
      .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "Enter a domain such as example.com."),
  );

export const INVITE_LINK_MAX_USES = 1000;
export const INVITE_LINK_MAX_DAYS = 30;

export const createInviteLinkSchema = z.strictObject({
  role: z.enum(["MEMBER", "GUEST"], { error: "Invite links can give the Member or Guest role; invite admins and owners by email." }),
  maxUses: numberOrDigits(
    z
      .number({ error: "Enter how many people may use the link." })
      .int("Enter a whole number.")
      .min(1, "At least 1 use.")
      .max(INVITE_LINK_MAX_USES, `At most ${INVITE_LINK_MAX_USES} uses.`),
  ).default(25),
  expiresInDays: numberOrDigits(
    z
      .number({ error: "Enter how many days the link works." })
      .int("Enter a whole number of days.")
      .min(1, "At least 1 day.")
      .max(INVITE_LINK_MAX_DAYS, `At most ${INVITE_LINK_MAX_DAYS} days.`),
  ).default(7),
  allowedDomain: z.union([z.literal("").transform(() => undefined), domainField]).optional(),
});
export type CreateInviteLinkInput = z.infer<typeof createInviteLinkSchema>;
