// The durable job queue (issue 17): jobs are written in the transaction of the change that asks for them (the
// outbox), run by a worker after the commit, retried with backoff, and picked up again when a worker dies.
import { describe, expect, it } from "vitest";
import { resolveSession, superadminContextOf } from "@/server/auth/context";
import { db } from "@/server/db";
import { listJobProblems } from "@/server/jobs/queries";
import { enqueue } from "@/server/jobs/enqueue";
import { QUEUES } from "@/server/jobs/queues";
import { withTenant } from "@/server/tenant/scope";
import { GET as listInvitesRoute } from "../../app/api/invites/route";
import { capturedEmails, setMailOutage } from "../support/emails";
import { signUpUser, uniqueEmail } from "../support/factories";
import { call } from "../support/http";
import { invite, sha256, tokenFromLatestEmail } from "../support/invites";
import { withAuditRefused } from "../support/faults";
import { makeRetriesDue, runJobs, testBoss } from "../support/jobs";

async function jobsOf(name: string, to: string) {
  return db.$queryRawUnsafe<Array<{ id: string; state: string }>>(
    `SELECT id, state FROM pgboss.job WHERE name = $1 AND data->>'to' = $2`,
    name,
    to,
  );
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

describe("emails through the queue", () => {
  it("loses no invitation email while the mail service is down: sent once it is back, retried meanwhile", async () => {
    const owner = await signUpUser();
    const email = uniqueEmail("patient");
    await setMailOutage(true);
    try {
      expect((await invite(owner.token, email)).status).toBe(201);
      expect(await runJobs("email")).toBeGreaterThanOrEqual(1);
      const listed = await (await call(listInvitesRoute, "GET", "/api/invites", { token: owner.token })).json();
      expect(listed.invites).toMatchObject([{ email, emailDelivery: "failed" }]);
    } finally {
      await setMailOutage(false);
    }
    // Superadmins see it waiting for another attempt, with why and for whom (never the message itself).
    await db.user.update({ where: { id: owner.user.id }, data: { isSuperadmin: true } });
    const { problems } = await listJobProblems(superadminContextOf(await resolveSession(owner.token))!);
    expect(problems.find((job) => job.organizationId === owner.organization.id)).toMatchObject({
      queue: "email",
      state: "retry",
      organizationName: owner.organization.name,
    });
    expect(JSON.stringify(problems)).not.toContain("/invite/");

    await makeRetriesDue("email");
    const token = await tokenFromLatestEmail(email);
    expect((await capturedEmails(email)).length).toBe(1);
    const [row] = await db.invitation.findMany({
      where: { organizationId: owner.organization.id },
      select: { tokenHash: true, delivery: true },
    });
    expect(row).toEqual({ tokenHash: sha256(token), delivery: "SENT" });
  });

  it("sends nothing for an invitation whose transaction rolled back", async () => {
    const owner = await signUpUser();
    const email = uniqueEmail("never");
    expect(await withAuditRefused(owner.organization.id, "invite.created", async () => (await invite(owner.token, email)).status)).toBe(
      500,
    );
    expect(await db.invitation.count({ where: { organizationId: owner.organization.id } })).toBe(0);
    expect(await jobsOf("email", email)).toEqual([]);
    expect(await capturedEmails(email)).toEqual([]);
  });

  it("runs again a job whose worker died in the middle of it, once its time is up", async () => {
    const owner = await signUpUser();
    const email = uniqueEmail("orphan");
    expect((await invite(owner.token, email)).status).toBe(201);
    const boss = await testBoss();
    // A worker takes the job and dies: it is active, and nobody will complete it.
    const taken = await boss.fetch("email", { batchSize: 50 });
    expect(taken.length).toBeGreaterThanOrEqual(1);
    expect(await jobsOf("email", email)).toMatchObject([{ state: "active" }]);
    // Its expireInSeconds goes by; the maintenance any live worker runs finds it and hands it back for a retry.
    await boss
      .getDb()
      .executeSql(`UPDATE pgboss.job SET started_on = now() - interval '1 hour' WHERE name = 'email' AND state = 'active'`, []);
    await boss.maintain();
    expect(await jobsOf("email", email)).toMatchObject([{ state: "retry" }]);
    await makeRetriesDue("email");
    expect(await capturedEmails(email)).toHaveLength(1);
  });
});
