import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { listOrganizationsForAdmin, listUsersForAdmin, viewOrganizationAsAdmin } from "@/server/admin/queries";
import { isSuperadmin } from "@/server/admin/require-superadmin";
import { setSuperadmin } from "@/server/admin/superadmins";
import { db } from "@/server/db";
import { resolveSession, superadminContextOf, type SuperadminContext } from "@/server/auth/context";
import { call } from "../support/http";
import { signUpUser } from "../support/factories";
import { DELETE as deleteOrganizationRoute } from "../../app/api/organizations/current/route";
import { createProject, memberOf } from "../support/tenants";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const client = db as unknown as PrismaClient;

/** A superadmin's context, as requireSuperadmin() makes it: granted in the database, read back through the session. */
async function superadmin(): Promise<SuperadminContext> {
  const admin = await signUpUser({ organizationName: "Admin's Own" });
  await setSuperadmin(client, admin.user.email, true);
  const ctx = superadminContextOf(await resolveSession(admin.token));
  if (!ctx) throw new Error("not a superadmin");
  return ctx;
}

describe("granting and revoking", () => {
  it("grants and revokes by email (any case), says when nothing changes, and refuses unknown emails", async () => {
    const { user } = await signUpUser();
    expect(await setSuperadmin(client, `  ${user.email.toUpperCase()} `, true)).toEqual({ status: "granted", email: user.email });
    expect(await isSuperadmin(user.id)).toBe(true);
    expect((await setSuperadmin(client, user.email, true)).status).toBe("unchanged");
    expect((await setSuperadmin(client, user.email, false)).status).toBe("revoked");
    // Revocation holds from the very next check: nothing is cached in the cookie.
    expect(await isSuperadmin(user.id)).toBe(false);
    expect((await setSuperadmin(client, "nobody@example.test", true)).status).toBe("no_such_user");
  });

  it("works from the command line: npm run admin:grant / admin:revoke", async () => {
    const { user } = await signUpUser();
    const tsx = path.join(ROOT, "node_modules/.bin/tsx");
    const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL };
    const granted = await run(tsx, ["--conditions=react-server", "scripts/admin.ts", "grant", user.email], { cwd: ROOT, env });
    expect(granted.stdout).toContain(`${user.email} is now a superadmin`);
    expect(await isSuperadmin(user.id)).toBe(true);
    await run(tsx, ["--conditions=react-server", "scripts/admin.ts", "revoke", user.email], { cwd: ROOT, env });
    expect(await isSuperadmin(user.id)).toBe(false);
    await expect(
      run(tsx, ["--conditions=react-server", "scripts/admin.ts", "grant", "ghost@example.test"], { cwd: ROOT, env }),
    ).rejects.toMatchObject({ code: 1 });
  }, 60_000);
});

describe("the admin views", () => {
  it("list organizations with member counts and status, and users with their organization counts", async () => {
    const owner = await signUpUser({ organizationName: `Admin Listed ${Date.now()}` });
    await memberOf(owner.organization.id, "MEMBER");
    const doomed = await signUpUser({ organizationName: `Admin Deleted ${Date.now()}` });
    await call(deleteOrganizationRoute, "DELETE", "/", { token: doomed.token, body: { confirm: doomed.organization.name } });

    const admin = await superadmin();
    const listed = await listOrganizationsForAdmin(admin, { q: "Admin Listed" });
    expect(listed.organizations.find((o) => o.id === owner.organization.id)).toMatchObject({ members: 2, deletedAt: null, purgeAt: null });
    const deleted = await listOrganizationsForAdmin(admin, { q: doomed.organization.slug });
    expect(deleted.organizations[0]).toMatchObject({ id: doomed.organization.id, purgeAt: expect.any(Date) });

    const users = await listUsersForAdmin(admin, { q: owner.user.email });
    expect(users.users).toEqual([expect.objectContaining({ id: owner.user.id, organizations: 1, isSuperadmin: false })]);
    expect(JSON.stringify(users)).not.toContain("passwordHash");
  });

  it("treat a search no row can match (a NUL, a lone surrogate) as no search rather than failing", async () => {
    const admin = await superadmin();
    for (const q of ["a\u0000b", "\ud800"]) {
      await expect(listOrganizationsForAdmin(admin, { q })).resolves.toMatchObject({ organizations: expect.any(Array) });
      await expect(listUsersForAdmin(admin, { q })).resolves.toMatchObject({ users: expect.any(Array) });
    }
  });

  it("opening an organization shows its data read-only and writes admin.viewed into that organization's log", async () => {
    const admin = await superadmin();
    const owner = await signUpUser({ organizationName: "Observed" });
    await createProject(owner.token, "Visible to admins");
    const before = await db.membership.count({ where: { organizationId: owner.organization.id } });

    const detail = await viewOrganizationAsAdmin(admin, owner.organization.id, { ip: "192.0.2.1", userAgent: "admin-test" });
    expect(detail?.organization.name).toBe("Observed");
    expect(detail?.projects.map((p) => p.name)).toEqual(["Visible to admins"]);
    expect(detail?.members.map((m) => m.user.id)).toEqual([owner.user.id]);
    // Viewing does not make the admin a member.
    expect(await db.membership.count({ where: { organizationId: owner.organization.id } })).toBe(before);

    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: owner.organization.id, action: "admin.viewed" } });
    expect(event).toMatchObject({ actorId: admin.user.id, targetId: owner.organization.id, ip: "192.0.2.1" });
    expect(await db.auditEvent.count({ where: { organizationId: admin.organization!.id, action: "admin.viewed" } })).toBe(0);

    expect(await viewOrganizationAsAdmin(admin, "missingorganization", { ip: null, userAgent: null })).toBeNull();
  });
});
