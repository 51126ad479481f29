import { deleteAccount } from "@/server/account/deletion";
import { accountOperations } from "@/server/account/operations";
import { pendingEmailChange, updateName } from "@/server/account/profile";
import { clearSessionCookie } from "@/server/auth/cookie";
import { json, noContent, sessionRoute } from "@/server/http/declare-route";

export const GET = sessionRoute(accountOperations.read, async ({ session }) => {
  const { id, email, name, emailVerifiedAt } = session.user;
  return json({ user: { id, email, name, emailVerifiedAt }, pendingEmailChange: await pendingEmailChange(id) });
});

export const PATCH = sessionRoute(accountOperations.rename, async ({ session, body }) => {
  const result = await updateName(session, body.name);
  return result.ok ? json({ user: result.user }) : result;
});

/** Deletes the account (the password is asked again); 409 LAST_OWNER while an organization would be left ownerless. */
export const DELETE = sessionRoute(accountOperations.delete, async ({ session, body, meta }) => {
  const result = await deleteAccount(session, body.password, meta);
  if (!result.ok) return result;
  const response = noContent();
  clearSessionCookie(response.cookies);
  return response;
});
