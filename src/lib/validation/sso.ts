import { z } from "zod";
import { emailField } from "./fields";

const httpsUrl = (what: string) =>
  z
    .url({ protocol: /^https?$/, error: `Enter ${what} as a full URL, e.g. https://idp.example.com/…` })
    .max(2000, `That ${what} is too long.`);

/** The role people get when SSO or SCIM first makes them members: never owner. */
const defaultRole = z.enum(["ADMIN", "MEMBER", "GUEST"], { error: "Choose the role new people get: admin, member or guest." });

/**
 * A SAML identity provider, from its metadata (a URL we fetch, or the XML pasted) or from its three values typed in
 * (entity ID, sign-on URL, signing certificate): what Okta, Entra ID and Google Workspace show on their app page.
 */
const samlConnection = z.strictObject({
  protocol: z.literal("SAML"),
  metadataUrl: httpsUrl("the metadata URL").optional(),
  metadataXml: z.string().trim().min(1).max(200_000, "That metadata is too large (200 kB at most).").optional(),
  entityId: z.string().trim().min(1).max(1000).optional(),
  ssoUrl: httpsUrl("the sign-on URL").optional(),
  certificate: z.string().trim().min(1).max(20_000).optional(),
  allowIdpInitiated: z.boolean().default(false),
  defaultRole: defaultRole.default("MEMBER"),
});

/** An OpenID Connect provider: its issuer (we read its discovery document) and the client we were registered as. */
const oidcConnection = z.strictObject({
  protocol: z.literal("OIDC"),
  issuer: httpsUrl("the issuer URL"),
  clientId: z.string({ error: "Enter the client ID." }).trim().min(1, "Enter the client ID.").max(500),
  /** Left out when editing: the stored secret stays. */
  clientSecret: z.string().trim().min(1).max(2000).optional(),
  defaultRole: defaultRole.default("MEMBER"),
});

export const ssoConnectionSchema = z
  .discriminatedUnion("protocol", [samlConnection, oidcConnection], { error: "Choose SAML or OIDC (protocol)." })
  .superRefine((input, issues) => {
    if (input.protocol !== "SAML") return;
    const manual = input.entityId !== undefined || input.ssoUrl !== undefined || input.certificate !== undefined;
    const sources = [input.metadataUrl !== undefined, input.metadataXml !== undefined, manual].filter(Boolean).length;
    if (sources !== 1) {
      issues.addIssue({
        code: "custom",
        path: ["metadataXml"],
        message: "Give the identity provider's metadata (a URL or the XML), or its entity ID, sign-on URL and certificate.",
      });
    } else if (manual && !(input.entityId && input.ssoUrl && input.certificate)) {
      issues.addIssue({
        code: "custom",
        path: ["certificate"],
        message: "Give all three: the entity ID, the sign-on URL and the signing certificate.",
      });
    }
  });
export type SsoConnectionInput = z.infer<typeof ssoConnectionSchema>;

/** The first step of a sign-in: does this address sign in through its organization's identity provider? */
export const ssoDiscoverySchema = z.strictObject({
  email: emailField,
  next: z.string().max(2000).optional(),
});

/** The way back from an OpenID provider (the redirect's query). */
export const oidcCallbackQuery = z.object({
  state: z.string().min(1).max(200).optional(),
  code: z.string().min(1).max(4000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
});

/** A SAML response posted to the ACS (HTTP-POST binding). */
export const samlPostSchema = z.object({
  SAMLResponse: z.string({ error: "No SAMLResponse was posted." }).min(1).max(500_000),
  RelayState: z.string().max(200).optional(),
});
