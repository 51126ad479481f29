import "server-only";
import { X509Certificate } from "node:crypto";
import { DOMParser } from "@xmldom/xmldom";

const MD = "urn:oasis:names:tc:SAML:2.0:metadata";
const DS = "http://www.w3.org/2000/09/xmldsig#";
const REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

export type IdpMetadata = { entityId: string; ssoUrl: string; certificates: string[] };

/**
 * What a SAML identity provider's metadata says we need: its entity ID, its HTTP-Redirect sign-on URL and its
 * signing certificates (Okta, Entra ID and Google Workspace all publish these). Null for anything else.
 */
export function parseIdpMetadata(xml: string): IdpMetadata | null {
  let errors = 0;
  const doc = new DOMParser({ errorHandler: { error: () => errors++, fatalError: () => errors++ } }).parseFromString(xml, "text/xml");
  if (errors > 0 || !doc?.documentElement) return null;
  const entity =
    doc.documentElement.localName === "EntityDescriptor" ? doc.documentElement : doc.getElementsByTagNameNS(MD, "EntityDescriptor")[0];
  const idp = entity?.getElementsByTagNameNS(MD, "IDPSSODescriptor")[0];
  const entityId = entity?.getAttribute("entityID");
  if (!idp || !entityId) return null;
  const services = Array.from(idp.getElementsByTagNameNS(MD, "SingleSignOnService"));
  const ssoUrl = services.find((service) => service.getAttribute("Binding") === REDIRECT_BINDING)?.getAttribute("Location");
  const certificates = Array.from(idp.getElementsByTagNameNS(MD, "KeyDescriptor"))
    .filter((key) => (key.getAttribute("use") ?? "signing") === "signing")
    .flatMap((key) => Array.from(key.getElementsByTagNameNS(DS, "X509Certificate")))
    .map((node) => toPem(node.textContent ?? ""))
    .filter((pem): pem is string => pem !== null);
  if (!ssoUrl || certificates.length === 0) return null;
  return { entityId, ssoUrl, certificates: [...new Set(certificates)] };
}

/** A certificate as PEM, from PEM or bare base64 (how metadata and IdP consoles hand them out); null if it is neither. */
export function toPem(raw: string): string | null {
  const body = raw.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, "");
  if (body.length < 100 || !/^[A-Za-z0-9+/]+=*$/.test(body)) return null;
  const pem = `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----`;
  try {
    new X509Certificate(pem);
    return pem;
  } catch {
    return null;
  }
}
