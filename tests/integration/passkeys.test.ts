// Passkeys through the real routes and @simplewebauthn/server, with a software authenticator that signs what a real
// one signs: registration, sign-in with a passkey alone and as the second step, step-up; and what must be refused —
// a replayed challenge, another origin, a counter that went back (a cloned authenticator), someone else's passkey.
import { describe, expect, it } from "vitest";
import { POST as confirmOptionsRoute } from "../../app/api/account/confirm/options/route";
import { POST as confirmRoute } from "../../app/api/account/confirm/route";
import { DELETE as removePasskeyRoute, PATCH as renamePasskeyRoute } from "../../app/api/account/passkeys/[id]/route";
import { POST as registrationOptionsRoute } from "../../app/api/account/passkeys/options/route";
import { GET as listPasskeysRoute, POST as addPasskeyRoute } from "../../app/api/account/passkeys/route";
import { POST as loginRoute } from "../../app/api/auth/login/route";
import { POST as signInOptionsRoute } from "../../app/api/auth/passkey/options/route";
import { POST as passkeySignInRoute } from "../../app/api/auth/passkey/route";
import { GET as meRoute } from "../../app/api/me/route";
import { db } from "@/server/db";
import { waitForEmail } from "../support/account";
import { PASSWORD, signUpUser } from "../support/factories";
import { call, sessionTokenOf } from "../support/http";
import { SoftwareAuthenticator } from "../support/software-authenticator";
import { ageSecondFactor, pendingCookieOf } from "../support/two-factor";

const ORIGIN = { origin: "http://localhost:3000" };

async function addPasskey(token: string, authenticator: SoftwareAuthenticator, name = "Laptop") {
  const { options } = await (await call(registrationOptionsRoute, "POST", "/", { token, headers: ORIGIN })).json();
  return call(addPasskeyRoute, "POST", "/api/account/passkeys", {
    token,
    headers: { origin: authenticator.origin },
    body: { name, response: authenticator.register(options) },
  });
}

async function signInOptions(purpose: "sign-in" | "second-factor", cookie?: string) {
  const response = await call(signInOptionsRoute, "POST", "/", {
    body: { purpose },
    headers: { ...ORIGIN, ...(cookie ? { cookie } : {}) },
  });
  return (await response.json()).options as { challenge: string; allowCredentials: { id: string }[] };
}

async function signIn(purpose: "sign-in" | "second-factor", response: unknown, cookie?: string, origin = ORIGIN.origin) {
  return call(passkeySignInRoute, "POST", "/api/auth/passkey", {
    body: { purpose, response },
    headers: { origin, ...(cookie ? { cookie } : {}) },
  });
}

describe("passkeys", () => {
  it("are added, listed, renamed and removed on the account; the address hears of a new one", async () => {
    const { user, token } = await signUpUser();
    const authenticator = new SoftwareAuthenticator();
    const added = await addPasskey(token, authenticator, "Work laptop");
    expect(added.status).toBe(201);
    const { passkey } = await added.json();
    expect(passkey).toMatchObject({ name: "Work laptop", lastUsedAt: null });
    await waitForEmail(user.email, /A passkey was added/);
    expect((await (await call(listPasskeysRoute, "GET", "/", { token })).json()).passkeys).toHaveLength(1);
    expect((await call(renamePasskeyRoute, "PATCH", "/", { token, params: { id: passkey.id }, body: { name: "Old laptop" } })).status).toBe(
      200,
    );
    const stranger = await signUpUser();
    expect((await call(removePasskeyRoute, "DELETE", "/", { token: stranger.token, params: { id: passkey.id } })).status).toBe(404);
    expect((await call(removePasskeyRoute, "DELETE", "/", { token, params: { id: passkey.id } })).status).toBe(204);
    expect(await db.passkey.count({ where: { userId: user.id } })).toBe(0);
  });

  it("sign in alone: the session counts as having proved a second factor, and the counter moves", async () => {
    const { user, token } = await signUpUser();
    const authenticator = new SoftwareAuthenticator();
    await addPasskey(token, authenticator);
    const options = await signInOptions("sign-in");
    // A discoverable credential: no user named, the browser offers what it has.
    expect(options.allowCredentials).toEqual([]);
    const response = await signIn("sign-in", authenticator.assert(options));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "signed_in", user: { id: user.id } });
    expect((await call(meRoute, "GET", "/api/me", { token: sessionTokenOf(response) })).status).toBe(200);
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
    expect(session.secondFactorAt).not.toBeNull();
    expect((await db.passkey.findFirstOrThrow({ where: { userId: user.id } })).counter).toBe(1n);
  });

  it("refuse a replayed challenge, another origin, and a counter that did not move forward", async () => {
    const { token } = await signUpUser();
    const authenticator = new SoftwareAuthenticator();
    await addPasskey(token, authenticator);

    const options = await signInOptions("sign-in");
    const assertion = authenticator.assert(options);
    expect((await signIn("sign-in", assertion)).status).toBe(200);
    const replay = await signIn("sign-in", assertion);
    expect(replay.status).toBe(400);
    expect((await replay.json()).error.code).toBe("PASSKEY_FAILED");

    const phishing = new SoftwareAuthenticator("localhost", "http://localhost.evil.example:3000");
    phishing.credentials.push(...authenticator.credentials);
    // Sent from the phishing page itself: the origin check refuses the request before any passkey is looked at.
    expect((await signIn("sign-in", phishing.assert(await signInOptions("sign-in")), undefined, phishing.origin)).status).toBe(403);
    // Relayed to us by the phishing site: the origin the browser signed is not ours.
    expect((await signIn("sign-in", phishing.assert(await signInOptions("sign-in")))).status).toBe(400);

    const cloned = authenticator.assert(await signInOptions("sign-in"), { counter: 1 });
    expect((await signIn("sign-in", cloned)).status).toBe(400);
  });

  it("as the second step after the password: only that user's passkey, only with the pending sign-in", async () => {
    const owner = await signUpUser();
    const mine = new SoftwareAuthenticator();
    await addPasskey(owner.token, mine);
    const other = await signUpUser();
    const theirs = new SoftwareAuthenticator();
    await addPasskey(other.token, theirs);

    const password = await call(loginRoute, "POST", "/api/auth/login", { body: { email: owner.input.email, password: PASSWORD } });
    expect(await password.json()).toEqual({ status: "second_factor_required", methods: ["passkey"] });
    const pending = pendingCookieOf(password)!;
    const options = await signInOptions("second-factor", pending);
    expect(options.allowCredentials.map((c) => c.id)).toEqual([mine.credentials[0]!.id.toString("base64url")]);
    // Someone else's passkey does not complete this person's sign-in.
    expect((await signIn("second-factor", theirs.assert(options), pending)).status).toBe(400);
    expect((await signIn("second-factor", mine.assert(await signInOptions("second-factor", pending)))).status).toBe(401);
    const done = await signIn("second-factor", mine.assert(await signInOptions("second-factor", pending)), pending);
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ user: { id: owner.user.id } });
  });

  it("confirm a step-up", async () => {
    const { token } = await signUpUser();
    const authenticator = new SoftwareAuthenticator();
    await addPasskey(token, authenticator);
    await ageSecondFactor(token, 30);
    const { options } = await (await call(confirmOptionsRoute, "POST", "/", { token, headers: ORIGIN })).json();
    const confirmed = await call(confirmRoute, "POST", "/api/account/confirm", {
      token,
      headers: ORIGIN,
      body: { passkey: authenticator.assert(options) },
    });
    expect(confirmed.status).toBe(200);
  });
});
