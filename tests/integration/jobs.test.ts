// The durable job queue (issue 17): jobs are written in the transaction of the change that asks for them (the
// outbox), run by a worker after the commit, retried with backoff, and picked up again when a worker dies.
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { enqueue } from "@/server/jobs/enqueue";
import { QUEUES } from "@/server/jobs/queues";
import { withTenant } from "@/server/tenant/scope";
import { signUpUser } from "../support/factories";

async function jobsOf(name: string, to: string) {
  return db.$queryRawUnsafe<Array<{ id: string; state: string }>>(`SELECT id, state FROM pgboss.job WHERE name = $1 AND data->>'to' = $2`, name, to);
}

describe("the job queue", () => {
  it("has every queue the code knows, created by the migrations", async () => {
    const rows = await db.$queryRawUnsafe<Array<{ name: string }>>("SELECT name FROM pgboss.queue ORDER BY name");
    expect(rows.map((row) => row.name)).toEqual(Object.keys(QUEUES).sort());
  });

  it("keeps a job whose transaction commits, and none of one that rolls back, under the tenant role", async () => {
    const owner = await signUpUser();
    const job = (to: string) => ({ organizationId: owner.organization.id, kind: "test", to, message: "sealed" });
    await withTenant({ organization: owner.organization }, (tx) => enqueue(tx, "email", job("kept@example.test")));
    await expect(
      withTenant({ organization: owner.organization }, async (tx) => {
        await enqueue(tx, "email", job("dropped@example.test"));
        throw new Error("the change fails after asking for its email");
      }),
    ).rejects.toThrow("the change fails");
    expect(await jobsOf("email", "kept@example.test")).toMatchObject([{ state: "created" }]);
    expect(await jobsOf("email", "dropped@example.test")).toEqual([]);
  });
});
