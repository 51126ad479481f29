import "server-only";

export type RateLimitRule = { limit: number; windowSeconds: number };

/**
 * Every rate limit of the application, in one place. A rule allows `limit` attempts per `windowSeconds` for one key
 * (an address, an email, a user or an organization); refused attempts count too. Change a number here and every
 * route and form that uses the rule follows.
 */
export const RATE_LIMITS = {
  /** Sign-in attempts from one address, whatever the account: slows credential stuffing. */
  loginPerIp: { limit: 30, windowSeconds: 15 * 60 },
  /** Sign-in attempts for one account, from anywhere: slows guessing one person's password. */
  loginPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  /** Accounts created from one address. */
  signupPerIp: { limit: 10, windowSeconds: 60 * 60 },
  /** Password-reset emails requested from one address. */
  passwordResetPerIp: { limit: 10, windowSeconds: 60 * 60 },
  /** Password-reset emails sent to one address: nobody's inbox gets flooded. */
  passwordResetPerEmail: { limit: 3, windowSeconds: 60 * 60 },
  /** Verification emails one user may ask for again (signup sends the first one unasked). */
  verificationResendPerUser: { limit: 3, windowSeconds: 60 * 60 },
  /** Email changes one user may start (each sends a verification email to the new address). */
  emailChangePerUser: { limit: 5, windowSeconds: 60 * 60 },
  /** Checks of the current password on the account page: a stolen session cannot guess its way to the password. */
  passwordCheckPerUser: { limit: 10, windowSeconds: 15 * 60 },
  /** Invitation emails (new invitations and resends) one person may send, in all their organizations together. */
  invitesPerInviter: { limit: 20, windowSeconds: 60 * 60 },
  /** Invitation emails one organization may send, whoever sends them. */
  invitesPerOrganization: { limit: 50, windowSeconds: 60 * 60 },
  /** Second-factor codes (authenticator, recovery) one account may try: six digits fall to guessing otherwise. */
  secondFactorPerUser: { limit: 10, windowSeconds: 15 * 60 },
  /** Passkey ceremonies started from one address (each stores a challenge). */
  passkeyPerIp: { limit: 60, windowSeconds: 15 * 60 },
  /** Single sign-ons started from one address: each one writes an attempt and may call the identity provider. */
  ssoPerIp: { limit: 60, windowSeconds: 15 * 60 },
  /** DNS checks of one organization's domains: each one asks the resolver. */
  domainChecksPerOrganization: { limit: 30, windowSeconds: 60 * 60 },
  /** Requests one organization API key may make: a runaway script slows down instead of crowding out the people. */
  apiKeyRequests: { limit: 600, windowSeconds: 60 },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitName = keyof typeof RATE_LIMITS;
