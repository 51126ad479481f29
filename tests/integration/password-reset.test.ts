import { describe, expect, it } from "vitest";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { POST as confirmRoute } from "../../app/api/auth/password-reset/confirm/route";
import { POST as requestRoute } from "../../app/api/auth/password-reset/route";
import { GET as meRoute } from "../../app/api/me/route";
import { db } from "@/server/db";
import { resetToken, waitForEmail } from "../support/account";
import { capturedEmails } from "../support/emails";
import { PASSWORD, signUpUser, uniqueEmail } from "../support/factories";
import { call, sessionTokenOf } from "../support/http";

const NEW_PASSWORD = "a brand new passphrase";

function requestReset(email: string, ip = `198.51.100.${Math.floor(Math.random() * 250)}`) {
  return call(requestRoute, "POST", "/api/auth/password-reset", { body: { email }, headers: { "x-forwarded-for": ip } });
}

function confirm(token: string, password = NEW_PASSWORD) {
  return call(confirmRoute, "POST", "/api/auth/password-reset/confirm", { body: { token, password } });
}

async function logIn(email: string, password: string) {
  return call(loginRoute, "POST", "/api/auth/login", { body: { email, password } });
}

describe("password reset", () => {
  it("answers the same for an existing and an unknown address, and emails only the existing one", async () => {
    const { user } = await signUpUser();
    const nobody = uniqueEmail("nobody");
    const known = await requestReset(user.email.toUpperCase());
    const unknown = await requestReset(nobody);
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    expect(await resetToken(user.email)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await capturedEmails(nobody)).toHaveLength(0);
  });

  it("sets the new password once, signs out every session, and stores only a hash of the token", async () => {
    const { user, token: firstSession } = await signUpUser();
    const secondSession = sessionTokenOf(await logIn(user.email, PASSWORD))!;
    await requestReset(user.email);
    const token = await resetToken(user.email);
    expect(await db.accountToken.count({ where: { tokenHash: token } })).toBe(0);

    const reset = await confirm(token);
    expect(reset.status).toBe(204);
    for (const session of [firstSession, secondSession])
      expect((await call(meRoute, "GET", "/api/me", { token: session })).status).toBe(401);
    expect((await logIn(user.email, PASSWORD)).status).toBe(401);
    expect((await logIn(user.email, NEW_PASSWORD)).status).toBe(200);
    // Opening the link proved the address.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();

    await waitForEmail(user.email, /Your Orgstack password was changed/);

    const reused = await confirm(token, "yet another passphrase");
    expect(reused.status).toBe(410);
    expect((await reused.json()).error.code).toBe("TOKEN_USED");
  });

  it("refuses an expired link and a weak password, changing nothing", async () => {
    const { user } = await signUpUser();
    await requestReset(user.email);
    const token = await resetToken(user.email);
    const weak = await confirm(token, "short");
    expect(weak.status).toBe(400);
    expect((await weak.json()).error.fields).toHaveProperty("password");

    await db.accountToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const expired = await confirm(token);
    expect(expired.status).toBe(410);
    expect((await expired.json()).error.code).toBe("TOKEN_EXPIRED");
    expect((await logIn(user.email, PASSWORD)).status).toBe(200);
  });

  it("expires after an hour, and a newer request replaces the older link", async () => {
    const { user } = await signUpUser();
    await requestReset(user.email);
    const first = await resetToken(user.email);
    const stored = await db.accountToken.findFirstOrThrow({ where: { userId: user.id, purpose: "RESET_PASSWORD" } });
    const lifetime = stored.expiresAt.getTime() - stored.createdAt.getTime();
    expect(lifetime).toBeGreaterThan(59 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(60 * 60_000 + 1000);

    await requestReset(user.email);
    let second = first;
    for (let i = 0; i < 50 && second === first; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      second = await resetToken(user.email);
    }
    expect(second).not.toBe(first);
    expect((await confirm(first)).status).toBe(404);
    expect((await confirm(second)).status).toBe(204);
  });

  it("limits requests per address and per network, counting unknown addresses too", async () => {
    const nobody = uniqueEmail("flood");
    // Three emails an hour per address (src/server/rate-limit/limits.ts).
    for (let i = 0; i < 3; i += 1) expect((await requestReset(nobody)).status).toBe(202);
    const refused = await requestReset(nobody);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3000);

    const ip = "203.0.113.77";
    for (let i = 0; i < 10; i += 1) expect((await requestReset(uniqueEmail("spray"), ip)).status).toBe(202);
    expect((await requestReset(uniqueEmail("spray"), ip)).status).toBe(429);
  });
});
