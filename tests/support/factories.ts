import { randomBytes } from "node:crypto";
import { POST as signupRoute } from "../../app/api/auth/signup/route";
import { POST as createOrganizationRoute } from "../../app/api/organizations/route";
import { db } from "@/server/db";
import { call, sessionTokenOf } from "./http";

export const PASSWORD = "correct horse battery";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
}

/** Signs a new user up through the real route; returns the body and the session token. */
export async function signUpUser(overrides: Partial<{ name: string; email: string; password: string; organizationName: string }> = {}) {
  const input = { name: "Ada Lovelace", email: uniqueEmail(), password: PASSWORD, organizationName: "Analytical Engines", ...overrides };
  const response = await call(signupRoute, "POST", "/api/auth/signup", { body: input });
  if (response.status !== 201) throw new Error(`signup failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { user: { id: string; email: string }; organization: { id: string; slug: string; name: string } };
  return { ...body, input, token: sessionTokenOf(response)! };
}

/** Creates another organization through the real route; the caller owns it and it becomes active. */
export async function createOrganization(token: string, name: string) {
  const response = await call(createOrganizationRoute, "POST", "/api/organizations", { token, body: { name } });
  if (response.status !== 201) throw new Error(`create organization failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { organization: { id: string; slug: string; name: string } };
  return { organization: body.organization, token: sessionTokenOf(response)! };
}

/** Adds an existing user to an organization with a role, as an accepted invitation would. */
export async function addMember(organizationId: string, userId: string, role: "OWNER" | "ADMIN" | "MEMBER" | "GUEST") {
  return db.membership.create({ data: { organizationId, userId, role }, select: { id: true } });
}

export async function countRows() {
  const [users, organizations, memberships, sessions] = await Promise.all([
    db.user.count(),
    db.organization.count(),
    db.membership.count(),
    db.session.count(),
  ]);
  return { users, organizations, memberships, sessions };
}
