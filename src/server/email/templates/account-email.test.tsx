import { describe, expect, it } from "vitest";
import { renderEmail } from "../render";
import { AccountEmail, accountEmailSubject } from "./account-email";

describe("account emails", () => {
  it("carry the link as a button and as text, and say how long it works", async () => {
    const url = "http://localhost:3000/reset-password/tok_3f9a-B_x";
    const { html, text } = await renderEmail(<AccountEmail kind="reset-password" name="Ada" actionUrl={url} />);
    expect(html).toContain(`href="${url}"`);
    expect(text).toContain(url);
    for (const part of [html, text]) {
      expect(part).toContain("Hi Ada,");
      expect(part).toContain("1 hour and only once");
      expect(part).toContain("your password stays as it is");
    }
    expect(accountEmailSubject("reset-password")).toBe("Reset your Orgstack password");
  });

  it("names the new address in an email change", async () => {
    const { text } = await renderEmail(<AccountEmail kind="change-email" name="Ada" actionUrl="http://x.test/v" newEmail="ada@new.test" />);
    expect(text).toContain("ada@new.test");
    expect(text).toContain("Confirm your new email address");
  });
});
