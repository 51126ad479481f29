import "server-only";
import { sessionKeys } from "@/env";
import { endSupportAccess } from "@/server/support/access";
import { revokeSession } from "./sessions";
import { verifySessionToken } from "./token";

/** Revokes the session a token names, so the token (and any copy of it) stops working at once. */
export async function logOut(token: string | undefined): Promise<void> {
  const claims = await verifySessionToken(token, sessionKeys());
  if (!claims) return;
  // A support view in progress ends with the session, in the organization's audit log.
  await endSupportAccess(token, undefined);
  await revokeSession(claims.sub, claims.sid);
}
