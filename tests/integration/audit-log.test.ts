import { describe, expect, it } from "vitest";
import { GET as auditRoute } from "../../app/api/audit/route";
import { GET as auditExportRoute } from "../../app/api/audit/export/route";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { POST as switchRoute } from "../../app/api/organizations/switch/route";
import { DELETE as deleteProjectRoute, PATCH as patchProjectRoute } from "../../app/api/projects/[id]/route";
import { POST as createProjectRoute } from "../../app/api/projects/route";
import { POST as createRoleRoute } from "../../app/api/roles/route";
import { DELETE as removeMemberRoute, PATCH as changeRoleRoute } from "../../app/api/organizations/current/members/[userId]/route";
import { DELETE as deleteOrganizationRoute, PATCH as patchOrganizationRoute } from "../../app/api/organizations/current/route";
import { POST as requestTransferRoute } from "../../app/api/organizations/current/transfer/route";
import { db } from "@/server/db";
import { call } from "../support/http";
import { PASSWORD, createOrganization, signUpUser } from "../support/factories";
import { createProject, memberOf } from "../support/tenants";

const CLIENT = { "user-agent": "audit-test/1.0", "x-forwarded-for": "198.51.100.7" };

type Event = {
  id: string;
  action: string;
  actor: { id: string; name: string } | null;
  targetType: string;
  targetId: string;
  metadata: Record<string, unknown>;
};

async function events(token: string, query = "") {
  const response = await call(auditRoute, "GET", `/api/audit${query}`, { token });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as { events: Event[]; nextCursor: string | null };
}

describe("events written by mutations", () => {
  it("creating, renaming and deleting a project each write an event with actor, target, ip and user agent", async () => {
    const owner = await signUpUser({ name: "Audra Auditor", organizationName: "Audited" });
    const created = await call(createProjectRoute, "POST", "/", { token: owner.token, body: { name: "Apollo" }, headers: CLIENT });
    const { project } = await created.json();
    await call(patchProjectRoute, "PATCH", "/", {
      token: owner.token,
      params: { id: project.id },
      body: { name: "Artemis" },
      headers: CLIENT,
    });
    await call(deleteProjectRoute, "DELETE", "/", { token: owner.token, params: { id: project.id }, headers: CLIENT });

    const { events: log } = await events(owner.token, "?limit=3");
    expect(log.map((e) => e.action)).toEqual(["project.deleted", "project.updated", "project.created"]);
    for (const event of log)
      expect(event).toMatchObject({ actor: { id: owner.user.id, name: "Audra Auditor" }, targetType: "project", targetId: project.id });
    expect(log[1]!.metadata).toMatchObject({ changes: { name: { from: "Apollo", to: "Artemis" } } });
    const stored = await db.auditEvent.findFirstOrThrow({ where: { id: log[0]!.id } });
    expect(stored).toMatchObject({ ip: "198.51.100.7", userAgent: "audit-test/1.0" });
  });

  it("signing up, signing in, switching in and creating a custom role are recorded in the organization concerned", async () => {
    const owner = await signUpUser({ organizationName: "First Org" });
    const second = await createOrganization(owner.token, "Second Org");
    await call(loginRoute, "POST", "/", { body: { email: owner.user.email, password: PASSWORD }, headers: CLIENT });
    await call(switchRoute, "POST", "/", { token: second.token, body: { organizationId: owner.organization.id } });
    await call(createRoleRoute, "POST", "/", { token: owner.token, body: { name: "Readers", permissions: ["projects.read"] } });

    const first = await db.auditEvent.findMany({
      where: { organizationId: owner.organization.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(first.map((e) => e.action)).toEqual(["organization.created", "member.switched_in", "role.created"]);
    const secondLog = await db.auditEvent.findMany({
      where: { organizationId: second.organization.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    // The login lands in the last active organization: Second Org.
    expect(secondLog.map((e) => e.action)).toEqual(["organization.created", "member.signed_in"]);
    expect(secondLog[1]).toMatchObject({ actorId: owner.user.id, ip: "198.51.100.7" });
  });

  it("a mutation whose audit event cannot be written is rolled back with it", async () => {
    const owner = await signUpUser({ organizationName: "Rollback" });
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_project_audit() RETURNS trigger AS $$
      BEGIN
        IF NEW.action = 'project.created' AND NEW."organizationId" = '${owner.organization.id}' THEN
          RAISE EXCEPTION 'audit store unavailable';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_project_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION fail_project_audit()`,
    );
    try {
      const response = await call(createProjectRoute, "POST", "/", { token: owner.token, body: { name: "Unrecorded" } });
      expect(response.status).toBe(500);
      expect(await db.project.count({ where: { organizationId: owner.organization.id } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_project_audit ON "AuditEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_project_audit()`);
    }
  });

  it("when the audit log refuses, role changes, removals, settings, transfers and deletion all roll back", async () => {
    const owner = await signUpUser({ organizationName: "Unwritable Log" });
    const member = await memberOf(owner.organization.id, "MEMBER");
    const snapshot = async () => ({
      organization: await db.organization.findUniqueOrThrow({
        where: { id: owner.organization.id },
        select: { name: true, slug: true, deletedAt: true },
      }),
      memberships: await db.membership.findMany({
        where: { organizationId: owner.organization.id },
        select: { userId: true, role: true },
        orderBy: { userId: "asc" },
      }),
      aliases: await db.organizationSlugAlias.count({ where: { organizationId: owner.organization.id } }),
      transfers: await db.ownershipTransfer.count({ where: { organizationId: owner.organization.id } }),
      events: await db.auditEvent.count({ where: { organizationId: owner.organization.id } }),
    });
    const before = await snapshot();
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_audit() RETURNS trigger AS $$
      BEGIN
        IF NEW."organizationId" = '${owner.organization.id}' THEN RAISE EXCEPTION 'audit store unavailable'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION refuse_audit()`);
    try {
      const token = owner.token;
      const attempts = [
        await call(changeRoleRoute, "PATCH", "/", { token, params: { userId: member.user.id }, body: { role: "ADMIN" } }),
        await call(removeMemberRoute, "DELETE", "/", { token, params: { userId: member.user.id } }),
        await call(patchOrganizationRoute, "PATCH", "/", { token, body: { name: "Renamed", slug: `renamed-${owner.organization.id}` } }),
        await call(requestTransferRoute, "POST", "/", { token, body: { userId: member.user.id } }),
        await call(deleteOrganizationRoute, "DELETE", "/", { token, body: { confirm: "Unwritable Log" } }),
      ];
      expect(attempts.map((r) => r.status)).toEqual([500, 500, 500, 500, 500]);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_audit ON "AuditEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_audit()`);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("reading the log", () => {
  it("filters by action, actor and date range, and pages with a cursor without gaps or repeats", async () => {
    const owner = await signUpUser({ organizationName: "Busy" });
    const member = await memberOf(owner.organization.id, "MEMBER");
    for (let i = 0; i < 5; i++) await createProject(owner.token, `Owner ${i}`);
    for (let i = 0; i < 2; i++) await createProject(member.token, `Member ${i}`);

    const byAction = await events(owner.token, "?action=project.created");
    expect(byAction.events).toHaveLength(7);
    const byActor = await events(owner.token, `?action=project.created&actorId=${member.user.id}`);
    expect(byActor.events.map((e) => e.metadata.name)).toEqual(["Member 1", "Member 0"]);

    const today = new Date().toISOString().slice(0, 10);
    expect((await events(owner.token, `?from=${today}&to=${today}&action=project.created`)).events).toHaveLength(7);
    expect((await events(owner.token, "?to=2020-01-01")).events).toHaveLength(0);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await events(owner.token, `?action=project.created&limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(byAction.events.map((e) => e.id));
  });

  it("answers 400 for an unknown action, a malformed date or a range that ends before it starts", async () => {
    const owner = await signUpUser({ organizationName: "Picky" });
    for (const query of ["?action=project.exploded", "?from=yesterday", "?from=2026-05-02&to=2026-05-01"]) {
      const response = await call(auditRoute, "GET", `/api/audit${query}`, { token: owner.token });
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("VALIDATION_FAILED");
    }
  });

  it("keeps naming a member who has left", async () => {
    const owner = await signUpUser({ organizationName: "Turnover" });
    const member = await memberOf(owner.organization.id, "MEMBER");
    await createProject(member.token, "Legacy");
    await db.membership.deleteMany({ where: { organizationId: owner.organization.id, userId: member.user.id } });
    const log = await events(owner.token, "?action=project.created");
    expect(log.events[0]!.actor).toMatchObject({ id: member.user.id, name: "Ada Lovelace" });
  });

  it("shows nothing of another organization, whatever the filters", async () => {
    const a = await signUpUser({ organizationName: "Log A" });
    const b = await signUpUser({ organizationName: "Log B" });
    await createProject(b.token, "B only");
    const log = await events(a.token, `?actorId=${b.user.id}`);
    expect(log.events).toEqual([]);
    const all = await events(a.token);
    expect(all.events.every((e) => e.actor?.id !== b.user.id)).toBe(true);
  });

  it("is closed to members without audit.read (403)", async () => {
    const owner = await signUpUser({ organizationName: "Private Log" });
    const member = await memberOf(owner.organization.id, "MEMBER");
    expect((await call(auditRoute, "GET", "/", { token: member.token })).status).toBe(403);
    expect((await call(auditExportRoute, "GET", "/", { token: member.token })).status).toBe(403);
  });
});

describe("CSV export", () => {
  it("downloads the filtered log as CSV with formulas neutralized, and records the export", async () => {
    // A name a spreadsheet would run as a formula.
    const owner = await signUpUser({ name: "=HYPERLINK(1)", organizationName: "Exported" });
    await createProject(owner.token, "First");
    await createProject(owner.token, "Plain, with comma");
    const response = await call(auditExportRoute, "GET", "/api/audit/export?action=project.created", { token: owner.token });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-exported.*\.csv"$/);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      '"time","action","actor name","actor email","actor id","target type","target id","metadata","ip","user agent","api key id","api key name"',
    );
    expect(lines).toHaveLength(3);
    expect(lines.every((line, i) => i === 0 || line.split(",")[1] === '"project.created"')).toBe(true);
    expect(lines[1]).toContain('"{""name"":""Plain, with comma""}"');
    expect(lines[1]).toContain(`,"'=HYPERLINK(1)",`);
    expect(await db.auditEvent.count({ where: { organizationId: owner.organization.id, action: "audit.exported" } })).toBe(1);
  });
});

describe("append-only", () => {
  it("no one can change or delete an event, not even the server's own database role", async () => {
    const owner = await signUpUser({ organizationName: "Immutable" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: owner.organization.id } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent" CASCADE`)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("deleting a user keeps their events and only clears the actor", async () => {
    const owner = await signUpUser({ organizationName: "Forgetful" });
    const member = await memberOf(owner.organization.id, "MEMBER");
    await createProject(member.token, "Orphan");
    await db.user.delete({ where: { id: member.user.id } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: owner.organization.id, action: "project.created" } });
    expect(event.actorId).toBeNull();
  });
});
