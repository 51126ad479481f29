// The pipelining client (src/server/db/pipelining-client.ts) sends BEGIN, the tenant settings and audit rows without
// waiting for their answers. What it must never do: let a failure of one of them go unnoticed, commit half a change,
// or leave a tenant's settings on a pooled connection for the next request.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { recordAudit } from "@/server/audit/record";
import { db } from "@/server/db";
import { PIPELINED, PipeliningClient } from "@/server/db/pipelining-client";
import { enterTenant, readTenant, TENANT_DB_ROLE, withTenant } from "@/server/tenant/scope";
import { twoOrganizations } from "../support/tenants";

const asTenant = (organizationId: string) => ({ organization: { id: organizationId } });

type Connection = { pid: number; org: string | null; role: string; readOnly: string };
const CONNECTION_STATE = `SELECT pg_backend_pid() AS pid, NULLIF(current_setting('app.current_org', true), '') AS org,
                                 current_user::text AS role, current_setting('transaction_read_only') AS "readOnly"`;

/** The state of the connection the previous transaction used (the pool hands out the last released one first). */
async function nextOnSameConnection(pid: number): Promise<Connection> {
  const [state] = await db.$queryRawUnsafe<Connection[]>(CONNECTION_STATE);
  // Otherwise this test would look at another connection and prove nothing.
  expect(state!.pid).toBe(pid);
  return state!;
}

describe("pipelined transactions", () => {
  it("fails the whole transaction with the error of a statement sent without waiting, and keeps nothing", async () => {
    const { a } = await twoOrganizations();
    const name = `Half-written ${Date.now()}`;
    await expect(
      withTenant(asTenant(a.organization.id), async (tx) => {
        await tx.project.create({ data: { organizationId: a.organization.id, name } });
        await tx.$executeRawUnsafe(`${PIPELINED} SELECT 1 / 0`);
        return tx.project.count();
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await db.project.count({ where: { name } })).toBe(0);
  });

  it("does not report a commit when the last statement before COMMIT failed unseen", async () => {
    const { a } = await twoOrganizations();
    const name = `Unseen failure ${Date.now()}`;
    await expect(
      withTenant(asTenant(a.organization.id), async (tx) => {
        await tx.project.create({ data: { organizationId: a.organization.id, name } });
        // An audit row for an organization that does not exist: the foreign key refuses it, after the fact.
        await recordAudit(tx, {
          organizationId: "nosuchorganization",
          actorId: null,
          action: "project.created",
          targetType: "project",
          targetId: "x",
        });
      }),
    ).rejects.toThrow(/foreign key|row-level security/i);
    expect(await db.project.count({ where: { name } })).toBe(0);
    expect(await db.auditEvent.count({ where: { organizationId: "nosuchorganization" } })).toBe(0);
  });

  it("reports the work's own error when it throws, and keeps nothing", async () => {
    const { a } = await twoOrganizations();
    const name = `Thrown ${Date.now()}`;
    await expect(
      withTenant(asTenant(a.organization.id), async (tx) => {
        await tx.project.create({ data: { organizationId: a.organization.id, name } });
        await tx.$executeRawUnsafe(`${PIPELINED} SELECT 1 / 0`);
        throw new Error("the service changed its mind");
      }),
    ).rejects.toThrow("the service changed its mind");
    expect(await db.project.count({ where: { name } })).toBe(0);
  });

  it("rolls everything back when an awaited statement fails mid-transaction", async () => {
    const { a } = await twoOrganizations();
    const name = `Rolled back ${Date.now()}`;
    await expect(
      withTenant(asTenant(a.organization.id), async (tx) => {
        await tx.project.create({ data: { organizationId: a.organization.id, name } });
        await recordAudit(tx, {
          organizationId: a.organization.id,
          actorId: a.user.id,
          action: "project.created",
          targetType: "project",
          targetId: "x",
        });
        await tx.$queryRawUnsafe('SELECT no_such_column FROM "Project"');
      }),
    ).rejects.toThrow(/no_such_column/);
    expect(await db.project.count({ where: { name } })).toBe(0);
  });

  it("commits a change and its audit event together", async () => {
    const { a } = await twoOrganizations();
    const name = `Committed ${Date.now()}`;
    const project = await withTenant(asTenant(a.organization.id), async (tx) => {
      const created = await tx.project.create({ data: { organizationId: a.organization.id, name }, select: { id: true } });
      await recordAudit(tx, {
        organizationId: a.organization.id,
        actorId: a.user.id,
        action: "project.created",
        targetType: "project",
        targetId: created.id,
        metadata: { name },
      });
      return created;
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { targetId: project.id } });
    expect(event).toMatchObject({ organizationId: a.organization.id, actorId: a.user.id, action: "project.created", metadata: { name } });
    expect(Math.abs(event.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("keeps audit events of one transaction in the order they were written", async () => {
    const { a } = await twoOrganizations();
    const targetId = `order${Date.now()}`;
    await withTenant(asTenant(a.organization.id), async (tx) => {
      for (const action of ["ownership.transfer_requested", "ownership.transferred", "member.role_changed"] as const) {
        await recordAudit(tx, { organizationId: a.organization.id, actorId: a.user.id, action, targetType: "user", targetId });
      }
    });
    const events = await db.auditEvent.findMany({ where: { targetId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(events.map((e) => e.action)).toEqual(["member.role_changed", "ownership.transferred", "ownership.transfer_requested"]);
  });

  it("applies row-level security to a prepared statement that the server role planned first", async () => {
    const { a, b } = await twoOrganizations();
    // The same statement, prepared and run (past PostgreSQL's five custom plans) as the server role, which sees all.
    for (let i = 0; i < 7; i++) expect((await db.project.findMany({ select: { id: true } })).map((p) => p.id)).toContain(b.project.id);
    const inside = await readTenant(asTenant(a.organization.id), (tx) => tx.project.findMany({ select: { id: true } }));
    expect(inside.map((p) => p.id)).toContain(a.project.id);
    expect(inside.map((p) => p.id)).not.toContain(b.project.id);
  });

  it("still runs a script of several statements without parameters (prepared statements would refuse it)", async () => {
    await expect(db.$executeRawUnsafe('ANALYZE "Project"; ANALYZE "Membership"')).resolves.toBe(0);
  });

  it("refuses a write inside a read-only tenant transaction", async () => {
    const { a } = await twoOrganizations();
    const name = `Read-only ${Date.now()}`;
    await expect(
      readTenant(asTenant(a.organization.id), (tx) => tx.project.create({ data: { organizationId: a.organization.id, name } })),
    ).rejects.toThrow(/read-only transaction/);
    expect(await db.project.count({ where: { name } })).toBe(0);
  });

  it("leaves no tenant settings on the pooled connection after a read, whose COMMIT nobody waited for", async () => {
    const { a } = await twoOrganizations();
    // A pool of one connection, so the next statement must run on the one the read used, as soon as it may.
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1, Client: PipeliningClient });
    const single = new PrismaClient({ adapter: new PrismaPg(pool) });
    try {
      const inside = await single.$transaction(async (tx) => {
        await enterTenant(tx, asTenant(a.organization.id), { readOnly: true });
        return tx.$queryRawUnsafe<Connection[]>(CONNECTION_STATE);
      });
      expect(inside[0]).toMatchObject({ org: a.organization.id, role: TENANT_DB_ROLE, readOnly: "on" });
      const [after] = await single.$queryRawUnsafe<Connection[]>(CONNECTION_STATE);
      expect(after!.pid).toBe(inside[0]!.pid);
      expect(after).toMatchObject({ org: null, readOnly: "off" });
      expect(after!.role).not.toBe(TENANT_DB_ROLE);
    } finally {
      await single.$disconnect();
      await pool.end();
    }
  });

  it("leaves no tenant settings on the pooled connection after a write, or after a failed one", async () => {
    const { a } = await twoOrganizations();
    const inside = await withTenant(asTenant(a.organization.id), (tx) => tx.$queryRawUnsafe<Connection[]>(CONNECTION_STATE));
    expect(inside[0]).toMatchObject({ org: a.organization.id, role: TENANT_DB_ROLE, readOnly: "off" });
    expect(await nextOnSameConnection(inside[0]!.pid)).toMatchObject({ org: null });

    let pid = 0;
    await expect(
      withTenant(asTenant(a.organization.id), async (tx) => {
        pid = (await tx.$queryRawUnsafe<Connection[]>(CONNECTION_STATE))[0]!.pid;
        await tx.$executeRawUnsafe(`${PIPELINED} SELECT 1 / 0`);
      }),
    ).rejects.toThrow(/division by zero/);
    const after = await nextOnSameConnection(pid);
    expect(after.org).toBeNull();
    expect(after.role).not.toBe(TENANT_DB_ROLE);
  });
});
