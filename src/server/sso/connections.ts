import "server-only";
import { X509Certificate } from "node:crypto";
import type { SsoConnectionInput } from "@/lib/validation/sso";
import { audit } from "@/server/audit/record";
import type { MemberContext, OrgContext } from "@/server/auth/context";
import type { Prisma } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { seal } from "@/server/jobs/seal";
import { readTenant, withTenant } from "@/server/tenant/scope";
import { refuseOutboundUrl } from "@/server/webhooks/ssrf";
import { checkIssuer, OIDC_CLIENT_SECRET } from "./oidc";
import { parseIdpMetadata, toPem, type IdpMetadata } from "./saml-metadata";
import { oidcRedirectUri, samlAcsUrlOf, samlEntityIdOf } from "./urls";

/** What signing in through a connection needs of it (sign-in.ts adds its organization). */
export const CONNECTION_SETTINGS = {
  id: true,
  organizationId: true,
  protocol: true,
  enabled: true,
  defaultRole: true,
  samlEntityId: true,
  samlSsoUrl: true,
  samlCertificates: true,
  samlAllowIdpInitiated: true,
  oidcIssuer: true,
  oidcClientId: true,
  oidcClientSecretSealed: true,
} as const;

const select = { ...CONNECTION_SETTINGS, samlMetadataUrl: true, updatedAt: true } as const;

type Row = Prisma.SsoConnectionGetPayload<{ select: typeof select }>;

/** A connection as the settings page and the API show it: never the client secret, only whether there is one. */
export type SsoConnectionView = ReturnType<typeof toView>;

function toView(row: Row) {
  return {
    id: row.id,
    protocol: row.protocol,
    enabled: row.enabled,
    defaultRole: row.defaultRole,
    updatedAt: row.updatedAt,
    saml:
      row.protocol === "SAML"
        ? {
            entityId: row.samlEntityId,
            ssoUrl: row.samlSsoUrl,
            metadataUrl: row.samlMetadataUrl,
            allowIdpInitiated: row.samlAllowIdpInitiated,
            certificates: row.samlCertificates.map(describeCertificate),
          }
        : null,
    oidc:
      row.protocol === "OIDC"
        ? { issuer: row.oidcIssuer, clientId: row.oidcClientId, hasClientSecret: row.oidcClientSecretSealed !== null }
        : null,
    /** What the identity provider's administrator types into it: our side of the connection. */
    serviceProvider: serviceProviderOf(row.organizationId),
  };
}

/** Our side of a connection, for the identity provider's app page (and before a connection exists: its id is needed). */
export function serviceProviderOf(organizationId: string) {
  return {
    samlEntityId: samlEntityIdOf(organizationId),
    samlAcsUrl: samlAcsUrlOf(organizationId),
    samlMetadataUrl: samlEntityIdOf(organizationId),
    oidcRedirectUri: oidcRedirectUri(),
  };
}

function describeCertificate(pem: string) {
  try {
    const certificate = new X509Certificate(pem);
    return { subject: certificate.subject, fingerprint: certificate.fingerprint256, expiresAt: new Date(certificate.validTo) };
  } catch {
    return { subject: "unreadable", fingerprint: "", expiresAt: null };
  }
}

export async function ssoConnectionOf(ctx: OrgContext): Promise<SsoConnectionView | null> {
  const row = await readTenant(ctx, (tx) => tx.ssoConnection.findUnique({ where: { organizationId: ctx.organization.id }, select }));
  return row ? toView(row) : null;
}

/**
 * Creates or replaces the organization's connection, audited. What the owner gave is checked before anything is
 * written: SAML metadata fetched (like every URL the server calls, webhooks/ssrf.ts) and read, a certificate
 * parsed, an OpenID issuer's discovery document read. Switching protocol forgets the other one's settings.
 */
export async function saveSsoConnection(
  ctx: MemberContext,
  input: SsoConnectionInput,
  meta: RequestMeta,
): Promise<Result<{ connection: SsoConnectionView }>> {
  const existing = await readTenant(ctx, (tx) => tx.ssoConnection.findUnique({ where: { organizationId: ctx.organization.id }, select }));
  let data;
  if (input.protocol === "SAML") {
    const idp = await samlSettingsOf(input);
    if (!idp.ok) return idp;
    data = {
      protocol: "SAML" as const,
      samlEntityId: idp.metadata.entityId,
      samlSsoUrl: idp.metadata.ssoUrl,
      samlCertificates: idp.metadata.certificates,
      samlMetadataUrl: input.metadataUrl ?? null,
      samlAllowIdpInitiated: input.allowIdpInitiated,
      oidcIssuer: null,
      oidcClientId: null,
      oidcClientSecretSealed: null,
      defaultRole: input.defaultRole,
    };
  } else {
    const keptSecret = existing?.protocol === "OIDC" ? existing.oidcClientSecretSealed : null;
    const sealed = input.clientSecret !== undefined ? seal(input.clientSecret, OIDC_CLIENT_SECRET) : keptSecret;
    if (!sealed)
      return fail("VALIDATION_FAILED", "Enter the client secret the identity provider gave you.", {
        clientSecret: "Enter the client secret.",
      });
    const issuer = input.issuer.replace(/\/+$/, "");
    const unreachable = await checkIssuer({
      id: existing?.id ?? "new",
      oidcIssuer: issuer,
      oidcClientId: input.clientId,
      oidcClientSecretSealed: sealed,
    });
    if (unreachable) return fail("VALIDATION_FAILED", unreachable, { issuer: unreachable });
    data = {
      protocol: "OIDC" as const,
      oidcIssuer: issuer,
      oidcClientId: input.clientId,
      oidcClientSecretSealed: sealed,
      samlEntityId: null,
      samlSsoUrl: null,
      samlCertificates: [],
      samlMetadataUrl: null,
      samlAllowIdpInitiated: false,
      defaultRole: input.defaultRole,
    };
  }
  return withTenant(ctx, async (tx) => {
    const row = await tx.ssoConnection.upsert({
      where: { organizationId: ctx.organization.id },
      create: { organizationId: ctx.organization.id, ...data },
      update: data,
      select,
    });
    // Identities are a provider's subjects: another provider's (or protocol's) mean nothing to this one.
    if (
      existing &&
      (existing.protocol !== data.protocol || existing.samlEntityId !== data.samlEntityId || existing.oidcIssuer !== data.oidcIssuer)
    ) {
      await tx.ssoIdentity.deleteMany({ where: { organizationId: ctx.organization.id } });
    }
    await audit(tx, ctx, meta, {
      action: "sso.connection_saved",
      targetType: "sso_connection",
      targetId: row.id,
      metadata: { protocol: row.protocol, issuer: row.samlEntityId ?? row.oidcIssuer, created: existing === null },
    });
    return { ok: true as const, connection: toView(row) };
  });
}

/** Removes the connection, and with it the requirement to use it (nobody could meet it), audited. */
export async function removeSsoConnection(ctx: MemberContext, meta: RequestMeta): Promise<Result<object>> {
  return withTenant(ctx, async (tx) => {
    const removed = await tx.ssoConnection.deleteMany({ where: { organizationId: ctx.organization.id } });
    if (removed.count === 0) return fail("NOT_FOUND", "This organization has no single sign-on connection.");
    await tx.organization.update({ where: { id: ctx.organization.id }, data: { requireSso: false }, select: { id: true } });
    await audit(tx, ctx, meta, {
      action: "sso.connection_removed",
      targetType: "organization",
      targetId: ctx.organization.id,
    });
    return { ok: true as const };
  });
}

const METADATA_MAX_BYTES = 200_000;

async function samlSettingsOf(input: Extract<SsoConnectionInput, { protocol: "SAML" }>): Promise<Result<{ metadata: IdpMetadata }>> {
  if (input.entityId && input.ssoUrl && input.certificate) {
    const pem = toPem(input.certificate);
    if (!pem)
      return fail("VALIDATION_FAILED", "That is not an X.509 certificate.", {
        certificate: "Paste the signing certificate (PEM, or its base64).",
      });
    return { ok: true, metadata: { entityId: input.entityId, ssoUrl: input.ssoUrl, certificates: [pem] } };
  }
  let xml = input.metadataXml;
  if (input.metadataUrl) {
    const fetched = await fetchMetadata(input.metadataUrl);
    if (!fetched.ok) return fetched;
    xml = fetched.xml;
  }
  const metadata = xml ? parseIdpMetadata(xml) : null;
  if (!metadata) {
    const message =
      "That is not a SAML identity provider's metadata (an EntityDescriptor with an IDPSSODescriptor, a redirect sign-on URL and a signing certificate).";
    return fail("VALIDATION_FAILED", message, { [input.metadataUrl ? "metadataUrl" : "metadataXml"]: message });
  }
  return { ok: true, metadata };
}

async function fetchMetadata(url: string): Promise<Result<{ xml: string }>> {
  const refused = await refuseOutboundUrl(url, { what: "Metadata URLs", example: "https://idp.example.com/metadata", reaches: "sign-ins" });
  if (refused) return fail("VALIDATION_FAILED", refused, { metadataUrl: refused });
  try {
    const response = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(10_000) });
    const xml = await response.text();
    if (!response.ok)
      return fail("VALIDATION_FAILED", `The metadata URL answered ${response.status}.`, {
        metadataUrl: `The metadata URL answered ${response.status}.`,
      });
    if (xml.length > METADATA_MAX_BYTES)
      return fail("VALIDATION_FAILED", "That metadata is too large.", { metadataUrl: "That metadata is too large (200 kB at most)." });
    return { ok: true, xml };
  } catch {
    return fail("VALIDATION_FAILED", "The metadata URL could not be reached.", { metadataUrl: "The metadata URL could not be reached." });
  }
}
