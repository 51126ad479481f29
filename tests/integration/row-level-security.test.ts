import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { TENANT_DB_ROLE, withTenant } from "@/server/tenant/scope";
import { twoOrganizations } from "../support/tenants";

type TableSecurity = { table: string; rls: boolean; forced: boolean; tenantPolicies: number };

async function tenantTables(): Promise<TableSecurity[]> {
  return db.$queryRaw<TableSecurity[]>`
    SELECT c.relname AS "table", c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
           (SELECT count(*)::int FROM pg_policies p
             WHERE p.schemaname = n.nspname AND p.tablename = c.relname AND ${TENANT_DB_ROLE} = ANY (p.roles)) AS "tenantPolicies"
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r'
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organizationId' AND NOT a.attisdropped)
    ORDER BY 1`;
}

const asTenant = (organizationId: string) => ({ organization: { id: organizationId } });

describe("row-level security", () => {
  it("protects every table with an organizationId column: RLS enabled, forced, and a policy for the tenant role", async () => {
    const tables = await tenantTables();
    expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(["CustomRole", "Membership", "MembershipCustomRole", "Project"]));
    for (const table of tables) expect(table, table.table).toMatchObject({ rls: true, forced: true, tenantPolicies: expect.any(Number) });
    expect(tables.filter((t) => t.tenantPolicies < 1)).toEqual([]);
  });

  it("leaves the tenant role no way into any other table that names an organization", async () => {
    // Session.activeOrganizationId, User.lastActiveOrganizationId…: such a table either has forced RLS with a tenant
    // policy, or the tenant role has no privilege on it at all.
    const rows = await db.$queryRaw<Array<{ table: string; protected: boolean }>>`
      SELECT c.relname AS "table",
             (c.relrowsecurity AND c.relforcerowsecurity
               AND EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND ${TENANT_DB_ROLE} = ANY (p.roles)))
             OR NOT has_any_column_privilege(${TENANT_DB_ROLE}, c.oid, 'SELECT, INSERT, UPDATE, REFERENCES') AS protected
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r'
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname ILIKE '%organizationid' AND NOT a.attisdropped)
      ORDER BY 1`;
    expect(rows.map((r) => r.table)).toEqual(expect.arrayContaining(["Session", "User"]));
    expect(rows.filter((r) => !r.protected)).toEqual([]);
  });

  it("runs tenant queries as a role that is neither superuser nor table owner, and cannot bypass RLS", async () => {
    const { a } = await twoOrganizations();
    const [who] = await withTenant(
      asTenant(a.organization.id),
      (tx) =>
        tx.$queryRaw<Array<{ role: string; superuser: boolean; bypass: boolean; owns: number }>>`
        SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
               (SELECT count(*)::int FROM pg_tables WHERE tableowner = current_user) AS owns
        FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(who).toEqual({ role: TENANT_DB_ROLE, superuser: false, bypass: false, owns: 0 });
  });

  it("shows a query that forgets its organization filter only the current organization's rows", async () => {
    const { a, b } = await twoOrganizations();
    const projects = await withTenant(asTenant(a.organization.id), (tx) => tx.project.findMany({ select: { id: true } }));
    expect(projects.map((p) => p.id)).toContain(a.project.id);
    expect(projects.map((p) => p.id)).not.toContain(b.project.id);

    const raw = await withTenant(
      asTenant(a.organization.id),
      (tx) =>
        tx.$queryRaw<
          Array<{ organizationId: string }>
        >`SELECT DISTINCT "organizationId" FROM "Project" UNION SELECT DISTINCT "organizationId" FROM "CustomRole" UNION SELECT DISTINCT "organizationId" FROM "Membership"`,
    );
    expect(raw).toEqual([{ organizationId: a.organization.id }]);

    const organizations = await withTenant(asTenant(a.organization.id), (tx) => tx.organization.findMany({ select: { id: true } }));
    expect(organizations).toEqual([{ id: a.organization.id }]);
    const users = await withTenant(asTenant(a.organization.id), (tx) => tx.user.findMany({ select: { id: true } }));
    expect(users).toEqual([{ id: a.user.id }]);
  });

  it("refuses to insert into, update or delete another organization's rows", async () => {
    const { a, b } = await twoOrganizations();
    await expect(
      withTenant(asTenant(a.organization.id), (tx) => tx.project.create({ data: { organizationId: b.organization.id, name: "Planted" } })),
    ).rejects.toThrow(/row-level security|violates/i);
    expect(await db.project.count({ where: { name: "Planted" } })).toBe(0);

    const updated = await withTenant(asTenant(a.organization.id), (tx) =>
      tx.project.updateMany({ where: { id: b.project.id }, data: { name: "Defaced" } }),
    );
    const deleted = await withTenant(asTenant(a.organization.id), (tx) => tx.project.deleteMany({ where: { id: b.project.id } }));
    expect([updated.count, deleted.count]).toEqual([0, 0]);
    expect(await db.project.findUniqueOrThrow({ where: { id: b.project.id } })).toMatchObject({ name: b.project.name });

    // Moving one's own row into another organization is refused too (WITH CHECK).
    await expect(
      withTenant(asTenant(a.organization.id), (tx) =>
        tx.project.update({ where: { id: a.project.id }, data: { organizationId: b.organization.id } }),
      ),
    ).rejects.toThrow();
    expect(await db.project.findUniqueOrThrow({ where: { id: a.project.id } })).toMatchObject({ organizationId: a.organization.id });
  });

  it("shows nothing at all when no organization is set", async () => {
    await twoOrganizations();
    const rows = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('role', ${TENANT_DB_ROLE}, true)`;
      return tx.$queryRaw<
        Array<{ n: number }>
      >`SELECT (SELECT count(*) FROM "Project")::int + (SELECT count(*) FROM "Membership")::int AS n`;
    });
    expect(rows).toEqual([{ n: 0 }]);
  });

  it("never lets tenant code read password hashes or sessions", async () => {
    const { a } = await twoOrganizations();
    await expect(withTenant(asTenant(a.organization.id), (tx) => tx.$queryRaw`SELECT "passwordHash" FROM "User"`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(withTenant(asTenant(a.organization.id), (tx) => tx.$queryRaw`SELECT id FROM "Session"`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it("keeps the audit log append-only for tenant code, and each organization's events to itself", async () => {
    const { a, b } = await twoOrganizations();
    const event = (organizationId: string) => ({ organizationId, action: "invite.created", targetType: "invitation", targetId: "x" });
    await withTenant(asTenant(a.organization.id), (tx) => tx.auditEvent.create({ data: event(a.organization.id) }));
    await expect(
      withTenant(asTenant(a.organization.id), (tx) => tx.auditEvent.create({ data: event(b.organization.id) })),
    ).rejects.toThrow();
    await expect(
      withTenant(asTenant(a.organization.id), (tx) => tx.$executeRaw`UPDATE "AuditEvent" SET action = 'forged'`),
    ).rejects.toThrow(/permission denied/);
    await expect(withTenant(asTenant(a.organization.id), (tx) => tx.$executeRaw`DELETE FROM "AuditEvent"`)).rejects.toThrow(
      /permission denied/,
    );
    // B sees its own events (its invitation and link) and none of A's.
    const seen = await withTenant(asTenant(b.organization.id), (tx) => tx.auditEvent.findMany({ select: { organizationId: true } }));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBe(await db.auditEvent.count({ where: { organizationId: b.organization.id } }));
    expect(seen.every((row) => row.organizationId === b.organization.id)).toBe(true);
    expect(await db.auditEvent.count({ where: { organizationId: a.organization.id, action: "invite.created", targetId: "x" } })).toBe(1);
  });

  it("never lets tenant code read rate-limit counters, sessions or emailed account tokens", async () => {
    const { a } = await twoOrganizations();
    await expect(withTenant(asTenant(a.organization.id), (tx) => tx.$queryRaw`SELECT key FROM "RateLimitBucket"`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(withTenant(asTenant(a.organization.id), (tx) => tx.$queryRaw`SELECT "tokenHash" FROM "AccountToken"`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(withTenant(asTenant(a.organization.id), (tx) => tx.$executeRaw`DELETE FROM "AccountToken"`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(withTenant(asTenant(a.organization.id), (tx) => tx.$queryRaw`SELECT id FROM "Session"`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it("keeps the organization setting inside its transaction: a pooled connection does not carry it on", async () => {
    const { a } = await twoOrganizations();
    await withTenant(asTenant(a.organization.id), (tx) => tx.project.count());
    const after = await db.$queryRaw<Array<{ org: string | null; role: string }>>`
      SELECT NULLIF(current_setting('app.current_org', true), '') AS org, current_user::text AS role`;
    expect(after[0]!.org).toBeNull();
    expect(after[0]!.role).not.toBe(TENANT_DB_ROLE);
  });

  it("makes it impossible to give one organization's custom role to another organization's member", async () => {
    const { a, b } = await twoOrganizations();
    const membershipA = await db.membership.findFirstOrThrow({ where: { organizationId: a.organization.id } });
    // Even bypassing the data-access layer and RLS (as the server role), the composite foreign keys refuse it.
    await expect(
      db.membershipCustomRole.create({
        data: { organizationId: a.organization.id, membershipId: membershipA.id, customRoleId: b.role.id },
      }),
    ).rejects.toThrow();
    await expect(
      db.membershipCustomRole.create({
        data: { organizationId: b.organization.id, membershipId: membershipA.id, customRoleId: b.role.id },
      }),
    ).rejects.toThrow();
  });

  it("shows tenant code only its own old slugs and ownership transfers, and lets it claim no other organization's slug", async () => {
    const { a, b } = await twoOrganizations();
    const ownerOf = (id: string) => db.membership.findFirstOrThrow({ where: { organizationId: id, role: "OWNER" }, select: { id: true } });
    const [ownerA, ownerB] = [await ownerOf(a.organization.id), await ownerOf(b.organization.id)];
    const memberA = await db.membership.create({
      data: {
        organizationId: a.organization.id,
        userId: (await db.user.create({ data: { email: `rls-${a.organization.id}@example.test`, name: "R", passwordHash: "x" } })).id,
        role: "MEMBER",
      },
    });
    const memberB = await db.membership.create({
      data: {
        organizationId: b.organization.id,
        userId: (await db.user.create({ data: { email: `rls-${b.organization.id}@example.test`, name: "R", passwordHash: "x" } })).id,
        role: "MEMBER",
      },
    });
    const expiresAt = new Date(Date.now() + 86_400_000);
    await db.ownershipTransfer.create({
      data: { organizationId: a.organization.id, fromMembershipId: ownerA.id, toMembershipId: memberA.id, expiresAt },
    });
    await db.ownershipTransfer.create({
      data: { organizationId: b.organization.id, fromMembershipId: ownerB.id, toMembershipId: memberB.id, expiresAt },
    });
    await db.organizationSlugAlias.create({ data: { organizationId: b.organization.id, slug: `old-${b.organization.slug}` } });

    const seen = await withTenant(asTenant(a.organization.id), async (tx) => ({
      transfers: await tx.ownershipTransfer.findMany({ select: { organizationId: true } }),
      aliases: await tx.organizationSlugAlias.findMany({ select: { organizationId: true } }),
    }));
    expect(seen.transfers).toEqual([{ organizationId: a.organization.id }]);
    expect(seen.aliases).toEqual([]);
    // B's old slug stays B's, even for a write that skips the data-access layer's check.
    await expect(
      withTenant(asTenant(a.organization.id), (tx) =>
        tx.organization.update({ where: { id: a.organization.id }, data: { slug: `old-${b.organization.slug}` } }),
      ),
    ).rejects.toThrow(/Unique constraint|taken/);
    await expect(
      withTenant(asTenant(a.organization.id), (tx) =>
        tx.organizationSlugAlias.create({ data: { organizationId: b.organization.id, slug: "stolen-slug" } }),
      ),
    ).rejects.toThrow();
  });
});
