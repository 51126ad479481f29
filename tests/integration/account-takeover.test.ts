// Security review: someone who knew the old password starts an email change to their own address; the owner then
// resets the password, changes it, or signs out everywhere. The attacker's link must stop working each time.
import { describe, expect, it } from "vitest";
import { POST as requestEmailChangeRoute } from "../../app/api/account/email/route";
import { POST as changePasswordRoute } from "../../app/api/account/password/route";
import { DELETE as signOutEverywhereRoute } from "../../app/api/account/sessions/route";
import { POST as confirmResetRoute } from "../../app/api/auth/password-reset/confirm/route";
import { POST as requestResetRoute } from "../../app/api/auth/password-reset/route";
import { POST as verifyRoute } from "../../app/api/auth/verify-email/route";
import { db } from "@/server/db";
import { resetToken, verificationToken } from "../support/account";
import { PASSWORD, signUpUser, uniqueEmail } from "../support/factories";
import { call } from "../support/http";

const NEW_PASSWORD = "a brand new passphrase";

/** The attacker, signed in with the stolen password, asks to move the account to their own address. */
async function attackerStartsEmailChange(token: string): Promise<{ attackerEmail: string; link: string }> {
  const attackerEmail = uniqueEmail("attacker");
  const started = await call(requestEmailChangeRoute, "POST", "/api/account/email", {
    token,
    body: { email: attackerEmail, password: PASSWORD },
  });
  expect(started.status).toBe(202);
  return { attackerEmail, link: await verificationToken(attackerEmail, /Confirm your new email/) };
}

async function expectLinkDead(userId: string, ownEmail: string, link: string) {
  const opened = await call(verifyRoute, "POST", "/api/auth/verify-email", { body: { token: link } });
  expect(opened.status).toBe(404);
  expect((await opened.json()).error.code).toBe("TOKEN_NOT_FOUND");
  expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(ownEmail);
  expect(await db.accountToken.count({ where: { userId, usedAt: null } })).toBe(0);
}

describe("a pending email change does not survive the owner taking the account back", () => {
  it("by a password reset", async () => {
    const victim = await signUpUser();
    const { link } = await attackerStartsEmailChange(victim.token);

    expect((await call(requestResetRoute, "POST", "/api/auth/password-reset", { body: { email: victim.user.email } })).status).toBe(202);
    const reset = await call(confirmResetRoute, "POST", "/api/auth/password-reset/confirm", {
      body: { token: await resetToken(victim.user.email), password: NEW_PASSWORD },
    });
    expect(reset.status).toBe(204);
    await expectLinkDead(victim.user.id, victim.user.email, link);
  });

  it("by a password change", async () => {
    const victim = await signUpUser();
    const { link } = await attackerStartsEmailChange(victim.token);

    const changed = await call(changePasswordRoute, "POST", "/api/account/password", {
      token: victim.token,
      body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(changed.status).toBe(200);
    await expectLinkDead(victim.user.id, victim.user.email, link);
  });

  it("by signing out everywhere", async () => {
    const victim = await signUpUser();
    const { link } = await attackerStartsEmailChange(victim.token);

    expect((await call(signOutEverywhereRoute, "DELETE", "/api/account/sessions", { token: victim.token })).status).toBe(204);
    await expectLinkDead(victim.user.id, victim.user.email, link);
  });
});
