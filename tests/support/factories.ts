import { randomBytes } from "node:crypto";
import { POST as signupRoute } from "../../app/api/auth/signup/route";
import { POST as createOrganizationRoute } from "../../app/api/organizations/route";
import type { PlanKey } from "@/server/billing/plans";
import { db } from "@/server/db";
import { call, sessionTokenOf } from "./http";

export const PASSWORD = "correct horse battery";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
}

/**
 * The plan a test's organization is licensed for unless it says otherwise: one without limits that get in the way,
 * so a test of members or projects is not a test of the Free plan. Billing tests pass `plan: null` (the default plan).
 */
const FIXTURE_PLAN: PlanKey = "business";

type PlanOption = { plan?: PlanKey | null };

/** Signs a new user up through the real route; returns the body and the session token. */
export async function signUpUser(
  overrides: Partial<{ name: string; email: string; password: string; organizationName: string }> & PlanOption = {},
) {
  const { plan = FIXTURE_PLAN, ...fields } = overrides;
  const input = { name: "Ada Lovelace", email: uniqueEmail(), password: PASSWORD, organizationName: "Analytical Engines", ...fields };
  const response = await call(signupRoute, "POST", "/api/auth/signup", { body: input });
  if (response.status !== 201) throw new Error(`signup failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { user: { id: string; email: string }; organization: { id: string; slug: string; name: string } };
  await license(body.organization.id, plan);
  return { ...body, input, token: sessionTokenOf(response)! };
}

/** Creates another organization through the real route; the caller owns it and it becomes active. */
export async function createOrganization(token: string, name: string, { plan = FIXTURE_PLAN }: PlanOption = {}) {
  const response = await call(createOrganizationRoute, "POST", "/api/organizations", { token, body: { name } });
  if (response.status !== 201) throw new Error(`create organization failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { organization: { id: string; slug: string; name: string } };
  await license(body.organization.id, plan);
  return { organization: body.organization, token: sessionTokenOf(response)! };
}

async function license(organizationId: string, plan: PlanKey | null) {
  if (plan) await db.license.create({ data: { organizationId, plan, note: "test fixture" }, select: { id: true } });
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
