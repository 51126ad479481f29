import { describe, expect, it } from "vitest";
import { POST as resendRoute } from "../../app/api/auth/verify-email/resend/route";
import { POST as verifyRoute } from "../../app/api/auth/verify-email/route";
import { DELETE as cancelEmailChangeRoute, POST as changeEmailRoute } from "../../app/api/account/email/route";
import { GET as accountRoute } from "../../app/api/account/route";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { db } from "@/server/db";
import { verificationToken, waitForEmail } from "../support/account";
import { capturedEmails } from "../support/emails";
import { PASSWORD, signUpUser, uniqueEmail } from "../support/factories";
import { call } from "../support/http";

async function verify(token: string) {
  return call(verifyRoute, "POST", "/api/auth/verify-email", { body: { token } });
}

describe("email verification", () => {
  it("sends a link at signup; the account works unverified, and the link verifies it once", async () => {
    const { user, token } = await signUpUser();
    expect((await (await call(accountRoute, "GET", "/api/account", { token })).json()).user.emailVerifiedAt).toBeNull();

    const link = await verificationToken(user.email);
    const first = await verify(link);
    expect(first.status).toBe(200);
    expect((await first.json()).user).toMatchObject({ id: user.id, emailVerifiedAt: expect.any(String) });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();

    const again = await verify(link);
    expect(again.status).toBe(410);
    expect((await again.json()).error.code).toBe("TOKEN_USED");
  });

  it("refuses an expired link and an unknown one, verifying nothing", async () => {
    const { user } = await signUpUser();
    const token = await verificationToken(user.email);
    await db.accountToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await verify(token);
    expect(expired.status).toBe(410);
    expect((await expired.json()).error.code).toBe("TOKEN_EXPIRED");
    const unknown = await verify("A".repeat(43));
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("TOKEN_NOT_FOUND");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });

  it("resends on request; the new link replaces the old one, and resending is limited", async () => {
    const { user, token } = await signUpUser();
    const first = await verificationToken(user.email);
    const resent = await call(resendRoute, "POST", "/api/auth/verify-email/resend", { token });
    expect(resent.status).toBe(200);
    expect(await resent.json()).toEqual({ sent: true });
    const second = await verificationToken(user.email);
    expect(second).not.toBe(first);
    expect((await verify(first)).status).toBe(404);

    // Three resends an hour (src/server/rate-limit/limits.ts): two more pass, the fourth is refused.
    for (let i = 0; i < 2; i += 1) expect((await call(resendRoute, "POST", "/api/auth/verify-email/resend", { token })).status).toBe(200);
    const refused = await call(resendRoute, "POST", "/api/auth/verify-email/resend", { token });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/Try again in/) });
    expect((await verify(await verificationToken(user.email))).status).toBe(200);
  });

  it("answers a resend for a verified account with 409, and a signed-out one with 401", async () => {
    const { user, token } = await signUpUser();
    expect((await verify(await verificationToken(user.email))).status).toBe(200);
    const verified = await call(resendRoute, "POST", "/api/auth/verify-email/resend", { token });
    expect(verified.status).toBe(409);
    expect((await verified.json()).error.code).toBe("ALREADY_VERIFIED");
    expect((await call(resendRoute, "POST", "/api/auth/verify-email/resend")).status).toBe(401);
  });
});

describe("email change", () => {
  it("takes effect only when the new address confirms; the old one signs in until then", async () => {
    const { user, token } = await signUpUser();
    const newEmail = uniqueEmail("new");
    const started = await call(changeEmailRoute, "POST", "/api/account/email", {
      token,
      body: { email: newEmail.toUpperCase(), password: PASSWORD },
    });
    expect(started.status).toBe(202);
    expect(await started.json()).toEqual({ pendingEmail: newEmail, sent: true });
    const email = await waitForEmail(newEmail, /Confirm your new email/);
    expect(email.text).toContain(newEmail);

    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect((await call(accountRoute, "GET", "/api/account", { token }).then((r) => r.json())).pendingEmailChange).toMatchObject({
      email: newEmail,
    });

    const confirmed = await verify(await verificationToken(newEmail));
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ user: { email: newEmail, emailVerifiedAt: expect.any(String) }, emailChanged: true });
    expect((await call(loginRoute, "POST", "/api/auth/login", { body: { email: user.email, password: PASSWORD } })).status).toBe(401);
    expect((await call(loginRoute, "POST", "/api/auth/login", { body: { email: newEmail, password: PASSWORD } })).status).toBe(200);
    // The old address is told where the account went.
    const notice = await waitForEmail(user.email, /Your Orgstack email address was changed/);
    expect(notice.text).toContain(newEmail);
  });

  it("asks for the current password, refuses a taken address and the current one, and changes nothing then", async () => {
    const { user, token } = await signUpUser();
    const other = await signUpUser();
    const before = await capturedEmails();
    const wrongPassword = await call(changeEmailRoute, "POST", "/api/account/email", {
      token,
      body: { email: uniqueEmail(), password: "not my password" },
    });
    expect(wrongPassword.status).toBe(400);
    expect((await wrongPassword.json()).error).toMatchObject({ code: "INCORRECT_PASSWORD", fields: { password: expect.any(String) } });
    const taken = await call(changeEmailRoute, "POST", "/api/account/email", {
      token,
      body: { email: other.user.email, password: PASSWORD },
    });
    expect(taken.status).toBe(409);
    const same = await call(changeEmailRoute, "POST", "/api/account/email", { token, body: { email: user.email, password: PASSWORD } });
    expect(same.status).toBe(400);
    expect(await capturedEmails()).toHaveLength(before.length);
    expect(await db.accountToken.count({ where: { userId: user.id, purpose: "CHANGE_EMAIL" } })).toBe(0);
  });

  it("refuses the confirmation when someone took the address meanwhile", async () => {
    const { user, token } = await signUpUser();
    const newEmail = uniqueEmail("race");
    expect(
      (await call(changeEmailRoute, "POST", "/api/account/email", { token, body: { email: newEmail, password: PASSWORD } })).status,
    ).toBe(202);
    const link = await verificationToken(newEmail);
    await signUpUser({ email: newEmail });
    const refused = await verify(link);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe("EMAIL_TAKEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("can be cancelled: the link stops working", async () => {
    const { user, token } = await signUpUser();
    const newEmail = uniqueEmail("cancel");
    await call(changeEmailRoute, "POST", "/api/account/email", { token, body: { email: newEmail, password: PASSWORD } });
    const link = await verificationToken(newEmail);
    expect((await call(cancelEmailChangeRoute, "DELETE", "/api/account/email", { token })).status).toBe(204);
    expect((await verify(link)).status).toBe(404);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});
