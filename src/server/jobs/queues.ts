import "server-only";

/**
 * Every queue of the job system, with how its jobs are retried (pg-boss: the delay doubles from retryDelay seconds
 * at each attempt) and how long one attempt may run before the job counts as crashed and is retried elsewhere
 * (expireInSeconds), and how many of its jobs one worker runs side by side (concurrency). A new queue is added here and created in a migration (`SELECT pgboss.create_queue(…)`);
 * tests/integration/jobs.test.ts checks that the two agree.
 */
export const QUEUES = {
  /** One email: ~15 s, 30 s, 1 min … about 4 hours of attempts in all before it counts as failed. */
  email: { retryLimit: 10, retryDelay: 15, retryBackoff: true, expireInSeconds: 60, concurrency: 4 },
  /** One delivery of one event to one webhook endpoint: ~30 s … about 4 hours in all (src/server/webhooks). */
  // Ten at a time: one endpoint that takes its full 10 s to answer does not hold up the others.
  "webhook-delivery": { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 60, concurrency: 10 },
  /** One organization's seat count to Stripe after its members changed (src/server/billing/seats.ts). */
  "billing-seat-sync": { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 60, concurrency: 2 },
  /** The daily purge of organizations deleted more than 30 days ago. */
  "organization-purge": { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 3600, concurrency: 1 },
  /** The daily re-check of verified domains' TXT records (src/server/domains/recheck.ts). */
  "domain-recheck": { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 3600, concurrency: 1 },
} as const satisfies Record<
  string,
  { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number; concurrency: number }
>;

export type QueueName = keyof typeof QUEUES;

/** What each queue's jobs carry. Tenant jobs name their organization; the handler acts through withTenant. */
export type JobData = {
  email: {
    organizationId: string | null;
    kind: string;
    to: string;
    /** { subject, html, text }, sealed (seal.ts): the body carries live links. */
    message: string;
    /** The invitation whose delivery status follows this email's. */
    invitationId?: string;
  };
  "webhook-delivery": { organizationId: string; deliveryId: string };
  "billing-seat-sync": { organizationId: string };
  "organization-purge": Record<string, never>;
  "domain-recheck": Record<string, never>;
};
