import { describe, expect, it } from "vitest";
import { passwordSchema } from "./password-rules";

function problem(password: unknown): string | undefined {
  const result = passwordSchema.safeParse(password);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("password rules", () => {
  it("accepts 10 to 72 bytes", () => {
    expect(problem("a".repeat(10))).toBeUndefined();
    expect(problem("a".repeat(72))).toBeUndefined();
    expect(problem("correct horse battery staple")).toBeUndefined();
  });

  it("refuses fewer than 10 characters", () => {
    expect(problem("a".repeat(9))).toMatch(/at least 10/);
  });

  it("refuses more than 72 bytes instead of letting bcrypt truncate", () => {
    expect(problem("a".repeat(73))).toMatch(/at most 72 bytes/);
    // 36 two-byte letters fit exactly; one more does not.
    expect(problem("é".repeat(36))).toBeUndefined();
    expect(problem("é".repeat(37))).toMatch(/72 bytes/);
    expect(problem("🔑".repeat(19))).toMatch(/72 bytes/);
  });

  it("refuses non-strings", () => {
    expect(problem(undefined)).toMatch(/Enter a password/);
    expect(problem(1234567890)).toBeDefined();
  });
});
