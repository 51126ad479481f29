// The tests' SAML identity provider, with no outside service: it signs responses with a test key
// (tests/support/fixtures) — valid ones, and each of the broken or hostile shapes a service provider must refuse.
// (The OpenID Provider is tests/support/oidc-provider.ts.)
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SignedXml } from "xml-crypto";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
export const SAML_IDP_KEY = readFileSync(path.join(FIXTURES, "saml-idp.key"), "utf8");
export const SAML_IDP_CERT = readFileSync(path.join(FIXTURES, "saml-idp.crt"), "utf8");
/** Another key pair: a response signed with it is not the connection's identity provider's. */
export const SAML_INTRUDER_KEY = readFileSync(path.join(FIXTURES, "saml-intruder.key"), "utf8");
export const SAML_INTRUDER_CERT = readFileSync(path.join(FIXTURES, "saml-intruder.crt"), "utf8");

// ——— SAML ———————————————————————————————————————————————————————————————————————————————————————————————————

export const SAML_IDP_ENTITY_ID = "https://idp.orgstack.test/saml";
export const SAML_IDP_SSO_URL = "https://idp.orgstack.test/saml/sso";

/** The IdP's metadata, as Okta and Entra ID publish it: what the owner pastes into the settings. */
export function samlIdpMetadata(certificate = SAML_IDP_CERT): string {
  const body = certificate.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, "");
  return `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${SAML_IDP_ENTITY_ID}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${body}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${SAML_IDP_SSO_URL}"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${SAML_IDP_SSO_URL}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
}

export type SamlResponseOptions = {
  /** Our entity ID for the connection (the audience) and its ACS URL (destination and recipient). */
  audience: string;
  acsUrl: string;
  /** The AuthnRequest this answers; undefined for an IdP-initiated response. */
  inResponseTo?: string;
  nameId: string;
  email?: string;
  name?: string;
  issuer?: string;
  /** Minutes from now the assertion stops being valid (negative: expired). */
  validForMinutes?: number;
  /** Minutes from now the assertion starts being valid (positive: not yet). */
  notBeforeMinutes?: number;
  assertionId?: string;
  /** How the assertion is signed: with the IdP's key (default), another key, or not at all. */
  signWith?: "idp" | "intruder" | "none";
};

function iso(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}

function escape(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** One assertion's XML, unsigned. */
export function samlAssertion(options: SamlResponseOptions & { assertionId: string }): string {
  const { audience, acsUrl, inResponseTo, nameId, email, name, validForMinutes = 5, notBeforeMinutes = -1 } = options;
  const answering = inResponseTo ? ` InResponseTo="${escape(inResponseTo)}"` : "";
  const attributes = [
    email ? `<saml:Attribute Name="email"><saml:AttributeValue>${escape(email)}</saml:AttributeValue></saml:Attribute>` : "",
    name ? `<saml:Attribute Name="displayName"><saml:AttributeValue>${escape(name)}</saml:AttributeValue></saml:Attribute>` : "",
  ].join("");
  return (
    `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${options.assertionId}" Version="2.0" IssueInstant="${iso(0)}">` +
    `<saml:Issuer>${escape(options.issuer ?? SAML_IDP_ENTITY_ID)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${escape(nameId)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData${answering} NotOnOrAfter="${iso(validForMinutes)}" Recipient="${escape(acsUrl)}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${iso(notBeforeMinutes)}" NotOnOrAfter="${iso(validForMinutes)}"><saml:AudienceRestriction><saml:Audience>${escape(audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${iso(0)}" SessionIndex="_session"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    (attributes ? `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` : "") +
    `</saml:Assertion>`
  );
}

/** Signs the element with this ID (enveloped, exclusive C14N, RSA-SHA256), the signature after its Issuer. */
export function signSamlElement(xml: string, id: string, key = SAML_IDP_KEY, certificate = SAML_IDP_CERT): string {
  const signer = new SignedXml({
    privateKey: key,
    publicCert: certificate,
    signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
  });
  signer.addReference({
    xpath: `//*[@ID='${id}']`,
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
  });
  signer.computeSignature(xml, { location: { reference: `//*[@ID='${id}']/*[local-name()='Issuer']`, action: "after" } });
  return signer.getSignedXml();
}

/** A Response around `assertions` (already signed or not), as the IdP posts it. */
export function samlResponseAround(assertions: string, options: Pick<SamlResponseOptions, "acsUrl" | "inResponseTo" | "issuer">): string {
  const answering = options.inResponseTo ? ` InResponseTo="${escape(options.inResponseTo)}"` : "";
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" Version="2.0" IssueInstant="${iso(0)}" Destination="${escape(options.acsUrl)}"${answering}>` +
    `<saml:Issuer>${escape(options.issuer ?? SAML_IDP_ENTITY_ID)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    assertions +
    `</samlp:Response>`
  );
}

/** A SAMLResponse form value (base64 of the Response XML): signed like a real IdP's unless told otherwise. */
export function samlResponse(options: SamlResponseOptions): string {
  const assertionId = options.assertionId ?? `_${randomUUID()}`;
  let assertion = samlAssertion({ ...options, assertionId });
  if (options.signWith !== "none") {
    assertion =
      options.signWith === "intruder"
        ? signSamlElement(assertion, assertionId, SAML_INTRUDER_KEY, SAML_INTRUDER_CERT)
        : signSamlElement(assertion, assertionId);
  }
  return Buffer.from(samlResponseAround(assertion, options)).toString("base64");
}

/** The ID of the AuthnRequest in an HTTP-Redirect sign-on URL (deflated, base64). */
export async function authnRequestIdOf(url: string): Promise<string> {
  const { inflateRawSync } = await import("node:zlib");
  const request = inflateRawSync(Buffer.from(new URL(url).searchParams.get("SAMLRequest")!, "base64")).toString("utf8");
  return /\sID="([^"]+)"/.exec(request)![1]!;
}
