// The server-action wrapper (src/server/http/declare-action.ts) called as Next.js calls a form's action, with the
// request's cookie and headers: it refuses before the function runs, and the function's failures become the form's.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

vi.mock("next/headers", () => import("../support/next-request"));
vi.mock("next/navigation", () => import("../support/next-request"));
const { request, REQUEST_META } = await import("../support/next-request");

const { orgAction } = await import("@/server/http/declare-action");
const { fail } = await import("@/server/results/result");
const { signUpUser } = await import("../support/factories");
const { memberOf } = await import("../support/tenants");

const ran = vi.fn();
const renameAction = orgAction(
  { permission: "projects.update", body: z.strictObject({ name: z.string().min(2, "At least 2 characters.") }) },
  async ({ ctx, input, meta }, projectId: string) => {
    ran({ organizationId: ctx.organization.id, input, projectId, ip: meta.ip });
    if (input.name === "taken") return fail("VALIDATION_FAILED", "That name is taken.", { name: "Taken." });
    return { status: "success", message: "Renamed." };
  },
);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeEach(() => ran.mockReset());

describe("orgAction", () => {
  it("runs the function with the context, the validated input, the bound id and the request's address", async () => {
    const owner = await signUpUser();
    request.cookie = owner.token;
    const state = await renameAction("project1", { status: "idle" }, form({ organizationId: owner.organization.id, name: "Apollo" }));
    expect(state).toEqual({ status: "success", message: "Renamed." });
    expect(ran).toHaveBeenCalledWith({
      organizationId: owner.organization.id,
      input: { name: "Apollo" },
      projectId: "project1",
      ip: REQUEST_META.ip,
    });
  });

  it("refuses a form rendered for another organization (another tab switched) without running", async () => {
    const owner = await signUpUser();
    const other = await signUpUser();
    request.cookie = owner.token;
    const state = await renameAction("project1", { status: "idle" }, form({ organizationId: other.organization.id, name: "Apollo" }));
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/switched organization in another tab/) });
    expect(ran).not.toHaveBeenCalled();
  });

  it("refuses a member without the permission, with the reason, without running", async () => {
    const owner = await signUpUser();
    const guest = await memberOf(owner.organization.id, "GUEST");
    request.cookie = guest.token;
    const state = await renameAction("project1", { status: "idle" }, form({ organizationId: owner.organization.id, name: "Apollo" }));
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/does not allow/) });
    expect(ran).not.toHaveBeenCalled();
  });

  it("answers invalid fields with field errors and the typed values, without running", async () => {
    const owner = await signUpUser();
    request.cookie = owner.token;
    const state = await renameAction(
      "project1",
      { status: "idle" },
      form({ organizationId: owner.organization.id, name: "A", password: "secret" }),
    );
    expect(state).toMatchObject({ status: "error", fields: { name: "At least 2 characters." }, values: { name: "A" } });
    expect(state).not.toHaveProperty("values.password");
    expect(ran).not.toHaveBeenCalled();
  });

  it("turns the function's own failure into the form's error", async () => {
    const owner = await signUpUser();
    request.cookie = owner.token;
    const state = await renameAction("project1", { status: "idle" }, form({ organizationId: owner.organization.id, name: "taken" }));
    expect(state).toMatchObject({ status: "error", message: "That name is taken.", fields: { name: "Taken." } });
  });

  it("refuses a bound argument that is not an id (the client sends them)", async () => {
    const owner = await signUpUser();
    request.cookie = owner.token;
    const call = renameAction as unknown as (...args: unknown[]) => Promise<unknown>;
    const state = await call({ id: { not: "x" } }, { status: "idle" }, form({ organizationId: owner.organization.id, name: "Apollo" }));
    expect(state).toMatchObject({ status: "error" });
    expect(ran).not.toHaveBeenCalled();
  });

  it('leaves out a field the form does not have (an empty input is "", a missing one absent), and lists checkboxes', async () => {
    const owner = await signUpUser();
    request.cookie = owner.token;
    const seen = vi.fn();
    const action = orgAction(
      { permission: null, body: z.strictObject({ name: z.string(), token: z.string().min(40).optional(), tags: z.array(z.string()) }) },
      async ({ input }) => {
        seen(input);
      },
    );
    const data = form({ organizationId: owner.organization.id, name: "" });
    data.append("tags", "a");
    data.append("tags", "b");
    await action({ status: "idle" }, data);
    expect(seen).toHaveBeenCalledWith({ name: "", tags: ["a", "b"] });
  });

  it("sends a signed-out visitor to sign in again, back to the page the form was on", async () => {
    request.cookie = "";
    await expect(renameAction("project1", { status: "idle" }, form({ name: "Apollo" }))).rejects.toMatchObject({
      to: "/auth/session-ended?next=%2Fdashboard%2Fprojects",
    });
    expect(ran).not.toHaveBeenCalled();
  });
});
