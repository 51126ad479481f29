-- The queue of seat counts on their way to Stripe (src/server/jobs/queues.ts: "billing-seat-sync").
SELECT pgboss.create_queue('billing-seat-sync', '{"policy":"standard"}');
