import { SignJWT, UnsecuredJWT, decodeJwt } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SESSION_TTL_SECONDS, shouldRenew, signSessionToken, verifySessionToken, verifySessionTokenWithKey } from "./token";

const SECRET = "unit-test-secret-that-is-at-least-32-bytes";
const subject = { sub: "user_1", sid: "session_1", org: "org_1", role: "OWNER" };

afterEach(() => {
  vi.useRealTimers();
});

describe("session tokens", () => {
  it("round-trips the claims with a 7-day expiry", async () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const token = await signSessionToken(subject, SECRET, now);
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ ...subject, iss: "orgstack", aud: "orgstack" });
    expect(claims.exp! - claims.iat!).toBe(SESSION_TTL_SECONDS);
    const fresh = await signSessionToken(subject, SECRET);
    expect(await verifySessionToken(fresh, SECRET)).toMatchObject(subject);
  });

  it("omits org and role for a user without an organization", async () => {
    const token = await signSessionToken({ sub: "u", sid: "s" }, SECRET);
    const claims = await verifySessionToken(token, SECRET);
    expect(claims).not.toHaveProperty("org");
    expect(claims).not.toHaveProperty("role");
  });

  it("rejects a wrong secret, an expired token, alg none, another algorithm and garbage", async () => {
    const token = await signSessionToken(subject, SECRET);
    expect(await verifySessionToken(token, `${SECRET}-other`)).toBeNull();
    expect(await verifySessionToken(await signSessionToken(subject, SECRET, new Date(Date.now() - 8 * 86400_000)), SECRET)).toBeNull();
    expect(
      await verifySessionToken(new UnsecuredJWT({ ...subject }).setIssuer("orgstack").setAudience("orgstack").encode(), SECRET),
    ).toBeNull();
    const hs512 = await new SignJWT({ sid: "s" })
      .setProtectedHeader({ alg: "HS512" })
      .setSubject("u")
      .setIssuer("orgstack")
      .setAudience("orgstack")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(SECRET));
    expect(await verifySessionToken(hs512, SECRET)).toBeNull();
    expect(await verifySessionToken("not.a.jwt", SECRET)).toBeNull();
    expect(await verifySessionToken(undefined, SECRET)).toBeNull();
  });

  it("rejects a token for another audience or without a session id", async () => {
    const key = new TextEncoder().encode(SECRET);
    const otherAudience = await new SignJWT({ sid: "s" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("u")
      .setIssuer("orgstack")
      .setAudience("another-app")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(key);
    const noSid = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("u")
      .setIssuer("orgstack")
      .setAudience("orgstack")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(key);
    expect(await verifySessionToken(otherAudience, SECRET)).toBeNull();
    expect(await verifySessionToken(noSid, SECRET)).toBeNull();
  });

  it("refuses a token it verified before once the token has expired, or for another secret", async () => {
    const token = await signSessionToken(subject, SECRET);
    expect(await verifySessionToken(token, SECRET)).toMatchObject(subject);
    expect(await verifySessionToken(token, `${SECRET}-other`)).toBeNull();
    vi.useFakeTimers({ now: Date.now() + (SESSION_TTL_SECONDS + 1) * 1000 });
    expect(await verifySessionToken(token, SECRET)).toBeNull();
  });

  it("never accepts a tampered copy of a token it verified before", async () => {
    const token = await signSessionToken(subject, SECRET);
    expect(await verifySessionToken(token, SECRET)).not.toBeNull();
    const [header, , signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...decodeJwt(token), sub: "someone_else" })).toString("base64url");
    expect(await verifySessionToken(`${header}.${forged}.${signature}`, SECRET)).toBeNull();
  });

  it("asks for renewal once a token is more than a day old", async () => {
    const now = new Date();
    const claims = (await verifySessionToken(await signSessionToken(subject, SECRET, now), SECRET))!;
    expect(shouldRenew(claims, now)).toBe(false);
    expect(shouldRenew(claims, new Date(now.getTime() + 25 * 3600_000))).toBe(true);
  });
});

describe("key rotation", () => {
  const PREVIOUS = "the-secret-before-the-rotation-32-bytes+";

  it("accepts a token signed with the previous secret, and says so", async () => {
    const old = await signSessionToken(subject, PREVIOUS);
    const verified = await verifySessionTokenWithKey(old, { current: SECRET, previous: PREVIOUS });
    expect(verified).toMatchObject({ claims: subject, signedWithPrevious: true });
    const fresh = await verifySessionTokenWithKey(await signSessionToken(subject, SECRET), { current: SECRET, previous: PREVIOUS });
    expect(fresh).toMatchObject({ claims: subject, signedWithPrevious: false });
  });

  it("refuses a token of the previous secret once it is no longer configured, and one of any other secret", async () => {
    const old = await signSessionToken(subject, PREVIOUS);
    expect(await verifySessionToken(old, { current: SECRET })).toBeNull();
    const stranger = await signSessionToken(subject, "an-attacker-chosen-secret-of-32-bytes!!");
    expect(await verifySessionToken(stranger, { current: SECRET, previous: PREVIOUS })).toBeNull();
  });

  it("pins the algorithm for the previous secret too", async () => {
    const hs512 = await new SignJWT({ sid: "s" })
      .setProtectedHeader({ alg: "HS512", typ: "JWT" })
      .setSubject("u")
      .setIssuer("orgstack")
      .setAudience("orgstack")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(PREVIOUS));
    expect(await verifySessionToken(hs512, { current: SECRET, previous: PREVIOUS })).toBeNull();
  });

  it("refuses a token from another issuer", async () => {
    const other = await new SignJWT({ sid: "s" })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject("u")
      .setIssuer("someone-else")
      .setAudience("orgstack")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(SECRET));
    expect(await verifySessionToken(other, SECRET)).toBeNull();
  });
});
