import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";

describe("recovery codes", () => {
  it("are ten distinct codes of two groups of five readable characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
    expect(newRecoveryCodes()).not.toEqual(codes);
  });

  it("are read back whatever the case, spaces and dashes, and hash the same", () => {
    const [code] = newRecoveryCodes();
    for (const typed of [code!, code!.toUpperCase(), code!.replace("-", ""), ` ${code!.replace("-", " ")} `]) {
      expect(normalizeRecoveryCode(typed)).toBe(code);
      expect(hashRecoveryCode(normalizeRecoveryCode(typed)!)).toBe(hashRecoveryCode(code!));
    }
  });

  it("refuse what cannot be a code", () => {
    for (const typed of ["", "abcde", "abcde-fghij-k", "0oil1-abcde", "123456"]) expect(normalizeRecoveryCode(typed)).toBeNull();
  });
});
