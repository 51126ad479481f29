import "server-only";

export type RateLimitRule = { limit: number; windowSeconds: number };

/** Every rate limit of the application, in one place. */
export const RATE_LIMITS = {
  /** Invitation emails (new invitations and resends) one person may send, in all their organizations together. */
  invitesPerInviter: { limit: 20, windowSeconds: 60 * 60 },
  /** Invitation emails one organization may send, whoever sends them. */
  invitesPerOrganization: { limit: 50, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitRule>;
