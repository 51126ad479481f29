import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { acceptTotpCode, newTotpSecret, TOTP_PERIOD_SECONDS, totpUri } from "./totp";

const at = (seconds: number) => new Date(seconds * 1000);
const codeAt = (secret: string, seconds: number) => generate({ secret, epoch: seconds });

describe("TOTP codes", () => {
  const secret = newTotpSecret();
  const now = 1_800_000_000; // the start of a 30-second step
  const step = now / TOTP_PERIOD_SECONDS;

  it("accept the current code and say its time step", async () => {
    expect(await acceptTotpCode({ secret, code: await codeAt(secret, now), lastTimeStep: null, now: at(now + 5) })).toBe(step);
  });

  it("accept the previous and the next step's code, nothing further", async () => {
    expect(await acceptTotpCode({ secret, code: await codeAt(secret, now - 30), lastTimeStep: null, now: at(now + 5) })).toBe(step - 1);
    expect(await acceptTotpCode({ secret, code: await codeAt(secret, now + 30), lastTimeStep: null, now: at(now + 5) })).toBe(step + 1);
    expect(await acceptTotpCode({ secret, code: await codeAt(secret, now - 60), lastTimeStep: null, now: at(now + 5) })).toBeNull();
    expect(await acceptTotpCode({ secret, code: await codeAt(secret, now + 90), lastTimeStep: null, now: at(now + 5) })).toBeNull();
  });

  it("refuse a code of a step already used, or an earlier one, within its window", async () => {
    const code = await codeAt(secret, now);
    expect(await acceptTotpCode({ secret, code, lastTimeStep: step, now: at(now + 10) })).toBeNull();
    expect(await acceptTotpCode({ secret, code: await codeAt(secret, now - 30), lastTimeStep: step, now: at(now + 10) })).toBeNull();
    expect(await acceptTotpCode({ secret, code: await codeAt(secret, now + 30), lastTimeStep: step, now: at(now + 40) })).toBe(step + 1);
  });

  it("read a code typed with spaces, refuse anything that is not six digits or another secret's code", async () => {
    const code = await codeAt(secret, now);
    expect(await acceptTotpCode({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, lastTimeStep: null, now: at(now) })).toBe(step);
    for (const typed of ["", "12345", "1234567", "abcdef", `${code}0`]) {
      expect(await acceptTotpCode({ secret, code: typed, lastTimeStep: null, now: at(now) })).toBeNull();
    }
    expect(await acceptTotpCode({ secret: newTotpSecret(), code, lastTimeStep: null, now: at(now) })).toBeNull();
  });

  it("put the issuer and the address in the QR code's URI", () => {
    const uri = totpUri(secret, "ada@example.com");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Orgstack:ada(%40|@)example\.com\?/);
    expect(new URL(uri).searchParams.get("secret")).toBe(secret);
    expect(new URL(uri).searchParams.get("issuer")).toBe("Orgstack");
  });
});
