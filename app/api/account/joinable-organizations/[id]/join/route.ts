import { writeSessionCookie } from "@/server/auth/cookie";
import { json, sessionRoute } from "@/server/http/declare-route";
import { fail } from "@/server/results/result";
import { isId } from "@/server/ids";
import { joinByDomain } from "@/server/domains/join";
import { domainJoinOperations } from "@/server/domains/operations";

/** Joins it, with the role its domain gives, and makes it the active organization. */
export const POST = sessionRoute(domainJoinOperations.join, async ({ session, params, meta }) => {
  if (!isId(params.id)) return fail("NOT_FOUND", "That organization is not one your email address lets you join.");
  const joined = await joinByDomain(session, params.id, meta);
  if (!joined.ok) return joined;
  const response = json({ organization: joined.organization, role: joined.role }, 201);
  writeSessionCookie(response.cookies, joined.token, session.session.expiresAt);
  return response;
});
