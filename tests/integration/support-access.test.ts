// Support access: a superadmin views an organization as one of its members — read-only, for at most an hour, with a
// reason, written to the organization's audit log at start and end — unless the organization's owners turned it off.
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("../support/next-request"));
vi.mock("next/navigation", () => import("../support/next-request"));
const { request, REQUEST_META } = await import("../support/next-request");

const { GET: listProjectsRoute, POST: createProjectRoute } = await import("../../app/api/projects/route");
const { GET: accountRoute } = await import("../../app/api/account/route");
const { GET: exportRoute } = await import("../../app/api/audit/export/route");
const { PATCH: patchSecurityRoute } = await import("../../app/api/organizations/current/security/route");
const { resolveSession, superadminContextOf } = await import("@/server/auth/context");
const { orgAction } = await import("@/server/http/declare-action");
const { endSupportAccess, startSupportAccess } = await import("@/server/support/access");
const { db } = await import("@/server/db");
const { signUpUser } = await import("../support/factories");
const { call } = await import("../support/http");
const { createProject } = await import("../support/tenants");
const { enableTotp } = await import("../support/two-factor");

const META = REQUEST_META;

/** A superadmin with two-factor, and a customer organization with an owner and a project. */
async function scene() {
  const customer = await signUpUser({ organizationName: "Customer Co" });
  const project = await createProject(customer.token, "Customer's project");
  const staff = await signUpUser({ organizationName: "Orgstack Support" });
  await db.user.update({ where: { id: staff.user.id }, data: { isSuperadmin: true } });
  await enableTotp(staff.token, staff.user.id);
  const admin = superadminContextOf(await resolveSession(staff.token));
  if (!admin) throw new Error("not a superadmin");
  return { customer, project, staff, admin };
}

async function start(s: Awaited<ReturnType<typeof scene>>, reason = "Ticket 4821: cannot see a project") {
  return startSupportAccess(s.admin, s.customer.organization.id, { asUserId: s.customer.user.id, reason, minutes: 30 }, META);
}

async function auditActions(organizationId: string) {
  return (
    await db.auditEvent.findMany({ where: { organizationId, action: { startsWith: "support." } }, orderBy: { createdAt: "asc" } })
  ).map((event) => ({ action: event.action, metadata: event.metadata }));
}

describe("support access", () => {
  it("shows the organization as the member sees it, and records the start with its reason", async () => {
    const s = await scene();
    expect(await start(s)).toMatchObject({ ok: true });
    const ctx = await resolveSession(s.staff.token);
    expect(ctx).toMatchObject({
      user: { id: s.customer.user.id },
      organization: { id: s.customer.organization.id },
      role: "OWNER",
      support: { admin: { id: s.staff.user.id }, reason: "Ticket 4821: cannot see a project" },
    });
    const projects = await (await call(listProjectsRoute, "GET", "/api/projects", { token: s.staff.token })).json();
    expect(projects.projects.map((p: { id: string }) => p.id)).toEqual([s.project.id]);
    // No pivoting to another organization with the header: the view is of this one.
    const pivot = await (
      await call(listProjectsRoute, "GET", "/api/projects", {
        token: s.staff.token,
        headers: { "x-organization-id": s.staff.organization.id },
      })
    ).json();
    expect(pivot.projects.map((p: { id: string }) => p.id)).toEqual([s.project.id]);
    expect(await auditActions(s.customer.organization.id)).toEqual([
      {
        action: "support.started",
        metadata: expect.objectContaining({
          reason: "Ticket 4821: cannot see a project",
          asUser: s.customer.input.email,
          admin: s.staff.input.email,
        }),
      },
    ]);
    // Nothing of it in the superadmin's own organization.
    expect(await auditActions(s.staff.organization.id)).toEqual([]);
  });

  it("writes nothing: mutations, the member's account, a GET that records, a server action — all refused", async () => {
    const s = await scene();
    await start(s);
    const created = await call(createProjectRoute, "POST", "/api/projects", { token: s.staff.token, body: { name: "Sneaky" } });
    expect(created.status).toBe(403);
    expect((await created.json()).error.code).toBe("SUPPORT_READ_ONLY");
    expect((await call(accountRoute, "GET", "/api/account", { token: s.staff.token })).status).toBe(403);
    // Exporting the audit log writes audit.exported: refused with a 403, not a 500.
    const exported = await call(exportRoute, "GET", "/api/audit/export", { token: s.staff.token });
    expect(exported.status).toBe(403);
    const ran = vi.fn();
    const action = orgAction({ permission: null }, async () => {
      ran();
      return { status: "success" };
    });
    request.cookie = s.staff.token;
    const form = new FormData();
    form.set("organizationId", s.customer.organization.id);
    expect(await action({ status: "idle" }, form)).toMatchObject({
      status: "error",
      message: expect.stringMatching(/read-only support view/),
    });
    expect(ran).not.toHaveBeenCalled();
    expect(await db.project.count({ where: { organizationId: s.customer.organization.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { organizationId: s.customer.organization.id, action: "audit.exported" } })).toBe(0);
  });

  it("ends when the superadmin ends it, when it expires, or when the owners turn support access off — each recorded once", async () => {
    const s = await scene();
    await start(s);
    await endSupportAccess(s.staff.token, META);
    await endSupportAccess(s.staff.token, META);
    expect((await resolveSession(s.staff.token))?.support).toBeNull();
    expect((await resolveSession(s.staff.token))?.user.id).toBe(s.staff.user.id);

    await start(s);
    await db.supportAccess.updateMany({
      where: { adminId: s.staff.user.id, endedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await resolveSession(s.staff.token);
    expect(expired).toMatchObject({ user: { id: s.staff.user.id }, support: null });

    await start(s);
    expect((await call(patchSecurityRoute, "PATCH", "/", { token: s.customer.token, body: { supportAccessAllowed: false } })).status).toBe(
      200,
    );
    expect((await resolveSession(s.staff.token))?.support).toBeNull();
    expect(
      (await auditActions(s.customer.organization.id)).map((event) => [event.action, (event.metadata as { how?: string }).how]),
    ).toEqual([
      ["support.started", undefined],
      ["support.ended", "ended"],
      ["support.started", undefined],
      ["support.ended", "expired"],
      ["support.started", undefined],
      ["support.ended", "disallowed"],
    ]);
    // Off: it cannot start again.
    expect(await start(s)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("is refused to a superadmin whose session has not proved a second factor, and to a non-member target", async () => {
    const s = await scene();
    await db.session.updateMany({ where: { userId: s.staff.user.id }, data: { secondFactorAt: null } });
    const unproven = superadminContextOf(await resolveSession(s.staff.token))!;
    expect(
      await startSupportAccess(
        unproven,
        s.customer.organization.id,
        { asUserId: s.customer.user.id, reason: "A good long reason", minutes: 15 },
        META,
      ),
    ).toMatchObject({ ok: false, code: "MFA_REQUIRED" });
    const stranger = await signUpUser();
    expect(
      await startSupportAccess(
        s.admin,
        s.customer.organization.id,
        { asUserId: stranger.user.id, reason: "A good long reason", minutes: 15 },
        META,
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.supportAccess.count({ where: { adminId: s.staff.user.id } })).toBe(0);
  });

  it("is nothing to someone who is no longer a superadmin: their session is their own again", async () => {
    const s = await scene();
    await start(s);
    await db.user.update({ where: { id: s.staff.user.id }, data: { isSuperadmin: false } });
    expect(await resolveSession(s.staff.token)).toMatchObject({ user: { id: s.staff.user.id }, support: null });
  });
});
