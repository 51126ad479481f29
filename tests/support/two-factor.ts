import { generate } from "otplib";
import { POST as confirmTotpRoute } from "../../app/api/account/two-factor/totp/confirm/route";
import { POST as startTotpRoute } from "../../app/api/account/two-factor/totp/route";
import { db } from "@/server/db";
import { call } from "./http";

/** The code an authenticator app shows now for `secret` (or `steps` time steps later). */
export function totpCode(secret: string, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

/**
 * A code is good once per 30-second step, and a test cannot wait for the next step: this forgets which step was
 * used last, as if half a minute had passed.
 */
export async function forgetUsedCode(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { totpLastTimeStep: null } });
}

/** Turns on the authenticator app for the signed-in user of `token`, through the real routes. */
export async function enableTotp(token: string, userId: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await call(startTotpRoute, "POST", "/api/account/two-factor/totp", { token });
  if (started.status !== 201) throw new Error(`start TOTP: ${started.status} ${await started.text()}`);
  const { secret } = (await started.json()) as { secret: string };
  const confirmed = await call(confirmTotpRoute, "POST", "/api/account/two-factor/totp/confirm", {
    token,
    body: { code: await totpCode(secret) },
  });
  if (confirmed.status !== 200) throw new Error(`confirm TOTP: ${confirmed.status} ${await confirmed.text()}`);
  await forgetUsedCode(userId);
  return { secret, recoveryCodes: ((await confirmed.json()) as { recoveryCodes: string[] }).recoveryCodes };
}

/** The pending sign-in cookie a response sets. */
export function pendingCookieOf(response: Response): string | undefined {
  return response.headers
    .getSetCookie()
    .find((value) => value.startsWith("pending_sign_in="))
    ?.split(";")[0];
}

/** Makes the session's last proof of a second factor `minutes` old (a step-up is then due). */
export async function ageSecondFactor(token: string, minutes: number): Promise<void> {
  const [, payload] = token.split(".");
  const { sid } = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as { sid: string };
  await db.session.update({ where: { id: sid }, data: { secondFactorAt: new Date(Date.now() - minutes * 60_000) } });
}
