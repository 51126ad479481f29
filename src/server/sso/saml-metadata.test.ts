import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { samlIdpMetadata } from "../../../tests/support/identity-provider";
import { parseIdpMetadata, toPem } from "./saml-metadata";

const CERT = readFileSync(path.resolve(import.meta.dirname, "../../../tests/support/fixtures/saml-idp.crt"), "utf8");

describe("identity provider metadata", () => {
  it("reads the entity ID, the redirect sign-on URL and the signing certificate", () => {
    const metadata = parseIdpMetadata(samlIdpMetadata());
    expect(metadata).toEqual({
      entityId: "https://idp.orgstack.test/saml",
      ssoUrl: "https://idp.orgstack.test/saml/sso",
      certificates: [toPem(CERT)],
    });
  });

  it("is null for anything that is not an identity provider's metadata", () => {
    expect(parseIdpMetadata("<html><body>Sign in</body></html>")).toBeNull();
    expect(parseIdpMetadata("not xml at all <")).toBeNull();
    // An SP's metadata (no IDPSSODescriptor), and an IdP's without a certificate.
    expect(parseIdpMetadata(samlIdpMetadata().replace(/IDPSSODescriptor/g, "SPSSODescriptor"))).toBeNull();
    expect(parseIdpMetadata(samlIdpMetadata().replace(/<md:KeyDescriptor[\s\S]*<\/md:KeyDescriptor>/, ""))).toBeNull();
  });
});

describe("certificates", () => {
  it("takes PEM or bare base64, and refuses what is no X.509 certificate", () => {
    const bare = CERT.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, "");
    expect(toPem(bare)).toBe(toPem(CERT));
    expect(toPem(CERT)).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----$/);
    expect(toPem("not a certificate")).toBeNull();
    expect(toPem("A".repeat(400))).toBeNull();
  });
});
