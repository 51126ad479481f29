// Two-factor sign-in with an authenticator app (TOTP) and recovery codes, and the step-up before sensitive actions.
import { describe, expect, it } from "vitest";
import { POST as changePasswordRoute } from "../../app/api/account/password/route";
import { POST as confirmRoute } from "../../app/api/account/confirm/route";
import { DELETE as disableRoute, GET as statusRoute } from "../../app/api/account/two-factor/route";
import { POST as regenerateRoute } from "../../app/api/account/two-factor/recovery-codes/route";
import { POST as confirmTotpRoute } from "../../app/api/account/two-factor/totp/confirm/route";
import { POST as startTotpRoute } from "../../app/api/account/two-factor/totp/route";
import { POST as apiKeysRoute } from "../../app/api/api-keys/route";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { POST as secondFactorRoute } from "../../app/api/auth/login/second-factor/route";
import { GET as meRoute } from "../../app/api/me/route";
import { signPendingSignIn } from "@/server/auth/pending-sign-in";
import { db } from "@/server/db";
import { waitForEmail } from "../support/account";
import { PASSWORD, signUpUser } from "../support/factories";
import { call, sessionTokenOf } from "../support/http";
import { ageSecondFactor, enableTotp, forgetUsedCode, pendingCookieOf, totpCode } from "../support/two-factor";

async function passwordStep(email: string) {
  const response = await call(loginRoute, "POST", "/api/auth/login", { body: { email, password: PASSWORD } });
  return { response, pending: pendingCookieOf(response) };
}

async function secondStep(pending: string | undefined, body: Record<string, unknown>) {
  return call(secondFactorRoute, "POST", "/api/auth/login/second-factor", { body, headers: pending ? { cookie: pending } : {} });
}

async function signedIn(token: string | undefined) {
  return (await call(meRoute, "GET", "/api/me", { token })).status === 200;
}

describe("turning on an authenticator app", () => {
  it("needs a right code from the app; then sign-in asks for one, and the owner of the address is told", async () => {
    const { user, token } = await signUpUser();
    const started = await call(startTotpRoute, "POST", "/api/account/two-factor/totp", { token });
    expect(started.status).toBe(201);
    const { secret, uri } = await started.json();
    expect(uri).toContain(`secret=${secret}`);

    const wrong = await call(confirmTotpRoute, "POST", "/", { token, body: { code: "000000" } });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.code).toBe("INVALID_CODE");
    expect((await (await call(statusRoute, "GET", "/", { token })).json()).twoFactor.totpEnabledAt).toBeNull();
    // Until it is confirmed, the password alone still signs in.
    expect(sessionTokenOf((await passwordStep(user.email)).response)).toBeDefined();

    const confirmed = await call(confirmTotpRoute, "POST", "/", { token, body: { code: await totpCode(secret) } });
    expect(confirmed.status).toBe(200);
    const { recoveryCodes } = await confirmed.json();
    expect(recoveryCodes).toHaveLength(10);
    expect((await (await call(statusRoute, "GET", "/", { token })).json()).twoFactor).toMatchObject({ recoveryCodesLeft: 10, passkeys: 0 });
    // Only hashes are kept.
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(stored.map((row) => row.codeHash)).not.toContain(recoveryCodes[0]);
    await waitForEmail(user.email, /Two-factor authentication is on/);

    const { response } = await passwordStep(user.email);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "second_factor_required", methods: ["totp", "recovery_code"] });
    expect(sessionTokenOf(response)).toBeUndefined();
  });

  it("cannot be turned on twice, nor confirmed without being started", async () => {
    const { user, token } = await signUpUser();
    expect((await call(confirmTotpRoute, "POST", "/", { token, body: { code: "123456" } })).status).toBe(409);
    await enableTotp(token, user.id);
    const again = await call(startTotpRoute, "POST", "/", { token });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("TWO_FACTOR_ALREADY_ENABLED");
  });
});

describe("signing in with two-factor", () => {
  it("opens the session only after a right code; the pending sign-in is no session", async () => {
    const { user, token } = await signUpUser();
    const { secret } = await enableTotp(token, user.id);
    const { pending } = await passwordStep(user.email);
    expect(pending).toBeDefined();
    // The pending token, sent as a session cookie, signs nobody in.
    expect(await signedIn(pending!.slice("pending_sign_in=".length))).toBe(false);

    const wrong = await secondStep(pending, { code: "000000" });
    expect(wrong.status).toBe(400);
    expect(sessionTokenOf(wrong)).toBeUndefined();

    const right = await secondStep(pending, { code: await totpCode(secret) });
    expect(right.status).toBe(200);
    expect(await right.json()).toMatchObject({ status: "signed_in", user: { id: user.id }, organization: { id: expect.any(String) } });
    expect(await signedIn(sessionTokenOf(right))).toBe(true);
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
    expect(session.secondFactorAt).not.toBeNull();
  });

  it("accepts a code once, even within its 30 seconds", async () => {
    const { user, token } = await signUpUser();
    const { secret } = await enableTotp(token, user.id);
    const code = await totpCode(secret);
    expect((await secondStep((await passwordStep(user.email)).pending, { code })).status).toBe(200);
    const replay = await secondStep((await passwordStep(user.email)).pending, { code });
    expect(replay.status).toBe(400);
    expect((await replay.json()).error.code).toBe("INVALID_CODE");
  });

  it("takes each recovery code once, whatever its case and dashes", async () => {
    const { user, token } = await signUpUser();
    const { recoveryCodes } = await enableTotp(token, user.id);
    const typed = recoveryCodes[3]!.toUpperCase().replace("-", " ");
    expect((await secondStep((await passwordStep(user.email)).pending, { recoveryCode: typed })).status).toBe(200);
    expect((await secondStep((await passwordStep(user.email)).pending, { recoveryCode: recoveryCodes[3]! })).status).toBe(400);
    expect((await (await call(statusRoute, "GET", "/", { token })).json()).twoFactor.recoveryCodesLeft).toBe(9);
  });

  it("refuses without the pending sign-in, with an expired one, or with a forged one", async () => {
    const { user, token } = await signUpUser();
    const { secret } = await enableTotp(token, user.id);
    const code = await totpCode(secret);
    expect((await secondStep(undefined, { code })).status).toBe(401);
    const expired = await signPendingSignIn(user.id, new Date(Date.now() - 6 * 60_000));
    expect((await secondStep(`pending_sign_in=${expired.token}`, { code })).status).toBe(401);
    // A session token is no pending sign-in (another audience).
    expect((await secondStep(`pending_sign_in=${token}`, { code })).status).toBe(401);
    expect((await secondStep(`pending_sign_in=${expired.token.slice(0, -4)}AAAA`, { code })).status).toBe(401);
  });

  it("stops guessing after ten wrong codes, with 429, even a right code then", async () => {
    const { user, token } = await signUpUser();
    const { secret } = await enableTotp(token, user.id);
    const { pending } = await passwordStep(user.email);
    for (let i = 0; i < 9; i++) expect((await secondStep(pending, { code: String(100000 + i) })).status).toBe(400);
    const limited = await secondStep(pending, { code: await totpCode(secret) });
    expect(limited.status).toBe(429);
    expect(sessionTokenOf(limited)).toBeUndefined();
  });

  it("validates the second step: one of code or recovery code, six digits", async () => {
    const { pending } = await passwordStep((await signUpUser()).user.email);
    for (const body of [{}, { code: "12345" }, { code: "abcdef" }, { code: "123456", recoveryCode: "abcde-fghjk" }]) {
      const response = await secondStep(pending, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await response.json()).error.code).toBe("VALIDATION_FAILED");
    }
  });
});

describe("turning two-factor off, and new recovery codes", () => {
  it("asks for the password and a code; sign-in is password-only after", async () => {
    const { user, token } = await signUpUser();
    const { secret } = await enableTotp(token, user.id);
    expect((await call(disableRoute, "DELETE", "/", { token, body: { password: "not it", code: await totpCode(secret) } })).status).toBe(
      400,
    );
    expect((await call(disableRoute, "DELETE", "/", { token, body: { password: PASSWORD, code: "000000" } })).status).toBe(400);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();
    await forgetUsedCode(user.id);
    expect((await call(disableRoute, "DELETE", "/", { token, body: { password: PASSWORD, code: await totpCode(secret) } })).status).toBe(
      204,
    );
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(sessionTokenOf((await passwordStep(user.email)).response)).toBeDefined();
    await waitForEmail(user.email, /Two-factor authentication is off/);
  });

  it("accepts a recovery code instead of the app's code to turn it off", async () => {
    const { user, token } = await signUpUser();
    const { recoveryCodes } = await enableTotp(token, user.id);
    expect((await call(disableRoute, "DELETE", "/", { token, body: { password: PASSWORD, code: recoveryCodes[0]! } })).status).toBe(204);
  });

  it("replaces the recovery codes for a code from the app: the old ones stop working", async () => {
    const { user, token } = await signUpUser();
    const { secret, recoveryCodes } = await enableTotp(token, user.id);
    const renewed = await call(regenerateRoute, "POST", "/", { token, body: { code: await totpCode(secret) } });
    expect(renewed.status).toBe(200);
    const fresh = (await renewed.json()).recoveryCodes as string[];
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[0]);
    expect((await secondStep((await passwordStep(user.email)).pending, { recoveryCode: recoveryCodes[0]! })).status).toBe(400);
    expect((await secondStep((await passwordStep(user.email)).pending, { recoveryCode: fresh[0]! })).status).toBe(200);
  });
});

describe("step-up before sensitive actions", () => {
  const changePassword = (token: string) =>
    call(changePasswordRoute, "POST", "/api/account/password", {
      token,
      body: { currentPassword: PASSWORD, newPassword: "a brand new passphrase" },
    });

  it("asks someone with two-factor to confirm it when their last proof is over ten minutes old, then lets them", async () => {
    const { user, token } = await signUpUser();
    const { secret } = await enableTotp(token, user.id);
    await ageSecondFactor(token, 11);
    const refused = await changePassword(token);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("STEP_UP_REQUIRED");
    const key = await call(apiKeysRoute, "POST", "/api/api-keys", { token, body: { name: "CI", permissions: ["projects.read"] } });
    expect(key.status).toBe(403);
    expect(await db.apiKey.count({ where: { createdById: user.id } })).toBe(0);

    expect((await call(confirmRoute, "POST", "/api/account/confirm", { token, body: { code: "000000" } })).status).toBe(400);
    expect((await call(confirmRoute, "POST", "/api/account/confirm", { token, body: { code: await totpCode(secret) } })).status).toBe(200);
    expect((await changePassword(token)).status).toBe(200);
  });

  it("lets a fresh proof through, and asks nothing of someone without a second factor", async () => {
    const withTotp = await signUpUser();
    await enableTotp(withTotp.token, withTotp.user.id);
    // Enrolling proved it in this session a moment ago.
    expect((await changePassword(withTotp.token)).status).toBe(200);
    const plain = await signUpUser();
    expect((await changePassword(plain.token)).status).toBe(200);
  });
});
