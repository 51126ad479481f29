import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { env } from "@/env";
import { requireOrgPage } from "@/server/auth/require-page";
import { DELETION_GRACE_DAYS } from "@/server/organizations/deletion-policy";
import { membershipsOf } from "@/server/organizations/memberships";
import { pendingTransferFor } from "@/server/ownership/queries";
import { can } from "@/server/permissions";
import { securityPolicyOf } from "@/server/security/policy";
import { listDomains } from "@/server/domains/mutations";
import { DeleteOrganization } from "./_components/delete-organization";
import { GeneralForm } from "./_components/general-form";
import { LogoForm } from "./_components/logo-form";
import { OwnershipTransferSection } from "./_components/ownership-transfer-section";
import { DomainsSection } from "./_components/domains-section";
import { SecurityForm } from "./_components/security-form";
import { SsoSection } from "./_components/sso-section";
import { scimTokenOf } from "@/server/scim/tokens";
import { scimBase } from "@/server/scim/resources";
import { serviceProviderOf, ssoConnectionOf } from "@/server/sso/connections";

export const metadata: Metadata = { title: "Settings" };

const CARD = "rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900";

export default async function SettingsPage() {
  const ctx = await requireOrgPage("/dashboard/settings");
  const update = can(ctx, "org.update");
  const owner = ctx.role === "OWNER";
  if (!update && !owner) {
    return (
      <Notice title="Settings are for owners and admins">
        Ask an owner or admin of {ctx.organization.name} to change its name, URL or logo.
      </Notice>
    );
  }
  const [memberships, transfer, security, domains, sso, scim] = await Promise.all([
    membershipsOf(ctx),
    pendingTransferFor(ctx),
    update ? securityPolicyOf(ctx) : null,
    update ? listDomains(ctx) : [],
    owner ? ssoConnectionOf(ctx) : null,
    owner ? scimTokenOf(ctx) : null,
  ]);
  const logoUrl = memberships.find((m) => m.organization.id === ctx.organization.id)?.organization.logoUrl ?? null;
  const linkTemplate = env.ROOT_DOMAIN ? `https://{slug}.${env.ROOT_DOMAIN}` : `${env.APP_URL}/dashboard?org={slug}`;

  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          How {ctx.organization.name} appears to its members, who owns it, and deleting it.
        </p>
      </div>

      {update && (
        <section aria-labelledby="general-heading" className={CARD}>
          <h2 id="general-heading" className="mb-4 font-medium">
            General
          </h2>
          <GeneralForm organization={ctx.organization} linkTemplate={linkTemplate} />
        </section>
      )}

      {update && (
        <section aria-labelledby="logo-heading" className={CARD}>
          <h2 id="logo-heading" className="mb-4 font-medium">
            Logo
          </h2>
          <LogoForm organization={{ ...ctx.organization, logoUrl }} />
        </section>
      )}

      {security && (
        <section aria-labelledby="security-heading" className={CARD}>
          <h2 id="security-heading" className="mb-4 font-medium">
            Security
          </h2>
          <SecurityForm
            organizationId={ctx.organization.id}
            requireTwoFactor={security.requireTwoFactor}
            supportAccessAllowed={security.supportAccessAllowed}
            without={security.membersWithoutSecondFactor}
            canChange={owner}
            requireSso={sso ? security.requireSso : null}
          />
        </section>
      )}

      {owner && (
        <section aria-labelledby="sso-heading" className={CARD}>
          <h2 id="sso-heading" className="mb-4 font-medium">
            Single sign-on
          </h2>
          <SsoSection
            organizationId={ctx.organization.id}
            connection={
              sso && {
                ...sso,
                saml: sso.saml && {
                  ...sso.saml,
                  certificates: sso.saml.certificates.map((c) => ({ subject: c.subject, expiresAt: c.expiresAt?.toISOString() ?? null })),
                },
              }
            }
            serviceProvider={serviceProviderOf(ctx.organization.id)}
            domains={domains.filter((domain) => domain.status === "verified").map((domain) => domain.domain)}
            scim={scim && { ...scim, createdAt: scim.createdAt.toISOString(), lastUsedAt: scim.lastUsedAt?.toISOString() ?? null }}
            scimBaseUrl={scimBase()}
          />
        </section>
      )}

      {update && (
        <section aria-labelledby="domains-heading" className={CARD}>
          <h2 id="domains-heading" className="mb-4 font-medium">
            Domains
          </h2>
          <DomainsSection
            organizationId={ctx.organization.id}
            domains={domains.map((domain) => ({ ...domain, lapsedAt: domain.lapsedAt?.toISOString() ?? null }))}
          />
        </section>
      )}

      {(owner || transfer) && <OwnershipTransferSection ctx={ctx} />}

      {can(ctx, "org.delete") && owner && (
        <section aria-labelledby="danger-heading" className={`${CARD} border-red-200 dark:border-red-900`}>
          <h2 id="danger-heading" className="mb-4 font-medium text-red-700 dark:text-red-400">
            Danger zone
          </h2>
          <DeleteOrganization organization={ctx.organization} graceDays={DELETION_GRACE_DAYS} />
        </section>
      )}
    </div>
  );
}
