import { describe, expect, it } from "vitest";
import { renderEmail } from "../render";
import { InvitationEmail, invitationSubject, type InvitationEmailProps } from "./invitation-email";

const props: InvitationEmailProps = {
  inviterName: "Ada Lovelace",
  inviterEmail: "ada@acme.test",
  organizationName: "Acme",
  roleLabel: "Admin",
  acceptUrl: "http://localhost:3000/invite/tok_3f9a-B_x",
  expiresAt: new Date("2026-11-23T09:05:00Z"),
};

describe("invitation email", () => {
  it("says who invited whom to which organization, with which role, until when, in HTML and in text", async () => {
    const { html, text } = await renderEmail(<InvitationEmail {...props} />);
    for (const part of [html, text]) {
      expect(part).toContain("Ada Lovelace");
      expect(part).toContain("ada@acme.test");
      expect(part).toContain("Acme");
      expect(part).toContain("Admin");
      expect(part).toContain("23 Nov 2026 at 09:05 UTC");
      expect(part).toContain("If you were not expecting this, ignore this email");
    }
    expect(html).toContain('href="http://localhost:3000/invite/tok_3f9a-B_x"');
    // The raw link, not only a button, so that text-only clients can follow it.
    expect(text).toContain("http://localhost:3000/invite/tok_3f9a-B_x");
    expect(text).toContain("Join Acme on Orgstack");
  });

  it("escapes HTML in names", async () => {
    const { html, text } = await renderEmail(<InvitationEmail {...props} organizationName={`<b>R&D</b> "Labs"`} />);
    expect(html).not.toContain("<b>R&D</b>");
    expect(html).toContain("&lt;b&gt;R&amp;D&lt;/b&gt;");
    expect(text).toContain(`<b>R&D</b> "Labs"`);
  });

  it("writes the expiry date in UTC", async () => {
    const { text } = await renderEmail(<InvitationEmail {...props} expiresAt={new Date("2026-09-30T23:30:00Z")} />);
    expect(text).toContain("30 Sep 2026 at 23:30 UTC");
  });

  it("has a one-line subject naming the inviter and the organization", () => {
    expect(invitationSubject({ inviterName: "Ada Lovelace", organizationName: "Acme" })).toBe(
      "Ada Lovelace invited you to join Acme on Orgstack",
    );
    expect(invitationSubject({ inviterName: "Ada\r\nBcc: x@evil.test", organizationName: "Acme" })).toBe(
      "Ada Bcc: x@evil.test invited you to join Acme on Orgstack",
    );
  });
});
