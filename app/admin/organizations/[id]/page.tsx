import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { RoleBadge } from "@/components/ui/role-badge";
import { formatDate } from "@/lib/format";
import { viewOrganizationAsAdmin } from "@/server/admin/queries";
import { requireSuperadmin } from "@/server/admin/require-superadmin";
import { entitlementsAsAdmin, licensesOf } from "@/server/billing/licenses";
import { DEFAULT_PLAN, FEATURES, PLANS, type Feature, type PlanKey } from "@/server/billing/plans";
import { GrantLicenseForm, RevokeLicenseButton } from "./_components/license-forms";
import { SupportForm } from "./_components/support-form";
import { requestMeta } from "@/server/http/request-meta";
import { purgeDate } from "@/server/organizations/deletion-policy";
import { TABLE, TABLE_WRAP, TD, TH } from "../../_components/table-styles";

export const metadata: Metadata = { title: "Organization" };

const LICENSE_OPTIONS = [
  ...(Object.keys(PLANS) as PlanKey[])
    .filter((key) => key !== DEFAULT_PLAN)
    .map((key) => ({ value: `plan:${key}`, label: `${PLANS[key].name} plan` })),
  ...(Object.keys(FEATURES) as Feature[]).map((key) => ({ value: `feature:${key}`, label: `Feature: ${FEATURES[key]}` })),
];

/** One organization, read-only but for its licenses. Opening it writes `admin.viewed` into the organization's own audit log. */
export default async function AdminOrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireSuperadmin();
  const detail = await viewOrganizationAsAdmin(admin, (await params).id, requestMeta(await headers()));
  if (!detail) notFound();
  const { organization } = detail;
  const [licenses, entitlements] = await Promise.all([licensesOf(admin, organization.id), entitlementsAsAdmin(admin, organization.id)]);
  return (
    <div className="space-y-8">
      <p
        role="note"
        className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
      >
        Read-only view, but for licenses. This visit is recorded in {organization.name}’s audit log.
      </p>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{organization.name}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          <span className="font-mono">{organization.slug}</span> · created {formatDate(organization.createdAt)} ·{" "}
          {organization.deletedAt
            ? `deleted ${formatDate(organization.deletedAt)}, purged ${formatDate(purgeDate(organization.deletedAt))}`
            : "active"}
        </p>
      </div>

      <Section title={`Members (${detail.memberCount})`}>
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr>
            <th className={TH}>Name</th>
            <th className={TH}>Email</th>
            <th className={TH}>Role</th>
            <th className={TH}>Joined</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {detail.members.map((member) => (
            <tr key={member.user.id}>
              <td className={TD}>{member.user.name}</td>
              <td className={TD}>{member.user.email}</td>
              <td className={TD}>
                <RoleBadge role={member.role} />
              </td>
              <td className={TD}>{formatDate(member.joinedAt)}</td>
            </tr>
          ))}
        </tbody>
      </Section>

      <section aria-labelledby="support" className="space-y-2">
        <h2 id="support" className="font-medium">
          Support access
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          See {organization.name} as one of its members see it, to help them. Read-only, ends by itself, and recorded at start and end in
          the organization’s audit log. Needs two-factor on your account.
        </p>
        <SupportForm
          organizationId={organization.id}
          organizationName={organization.name}
          allowed={detail.supportAccessAllowed && !organization.deletedAt}
          members={detail.members.map((member) => ({
            id: member.user.id,
            label: `${member.user.name} (${member.user.email}, ${member.role.toLowerCase()})`,
          }))}
        />
      </section>

      <Section title={`Projects (${detail.projectCount})`}>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {detail.projects.map((project) => (
            <tr key={project.id}>
              <td className={TD}>{project.name}</td>
              <td className={TD}>{formatDate(project.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </Section>

      <Section title={`Pending invitations (${detail.invitations.length})`}>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {detail.invitations.map((invitation) => (
            <tr key={invitation.id}>
              <td className={TD}>{invitation.email}</td>
              <td className={TD}>
                <RoleBadge role={invitation.role} />
              </td>
              <td className={TD}>expires {formatDate(invitation.expiresAt)}</td>
            </tr>
          ))}
        </tbody>
      </Section>

      <section aria-labelledby="licenses" className="space-y-2">
        <h2 id="licenses" className="font-medium">
          Licenses
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          A plan or a feature granted by hand, on top of the subscription ({PLANS[entitlements.plan].name}, {entitlements.status}). Granting
          and revoking are recorded in the organization’s audit log.
        </p>
        {licenses.length > 0 && (
          <div className={TABLE_WRAP}>
            <table className={TABLE}>
              <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {licenses.map((license) => {
                  const label = license.plan
                    ? `${PLANS[license.plan as PlanKey]?.name ?? license.plan} plan`
                    : (FEATURES[license.feature as Feature] ?? license.feature);
                  const state = license.revokedAt
                    ? `revoked ${formatDate(license.revokedAt)}`
                    : license.expiresAt
                      ? `until ${formatDate(license.expiresAt)}`
                      : "no expiry";
                  return (
                    <tr key={license.id}>
                      <td className={TD}>{label}</td>
                      <td className={TD}>{state}</td>
                      <td className={TD}>
                        {license.note || "—"}
                        {license.grantedBy && (
                          <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                            by {license.grantedBy.email}, {formatDate(license.createdAt)}
                          </span>
                        )}
                      </td>
                      <td className={TD}>
                        {!license.revokedAt && (
                          <RevokeLicenseButton organizationId={organization.id} licenseId={license.id} label={label} />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <GrantLicenseForm organizationId={organization.id} options={LICENSE_OPTIONS} />
      </section>

      <Section title="Latest audit events">
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {detail.events.map((event) => (
            <tr key={event.id}>
              <td className={`${TD} whitespace-nowrap`}>{event.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td>
              <td className={`${TD} font-mono text-xs`}>{event.action}</td>
              <td className={`${TD} font-mono text-xs`}>{event.actorId ?? "—"}</td>
              <td className={`${TD} font-mono text-xs`}>
                {event.targetType} {event.targetId}
              </td>
            </tr>
          ))}
        </tbody>
      </Section>
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="font-medium">{title}</h2>
      <div className={TABLE_WRAP}>
        <table className={TABLE}>{children}</table>
      </div>
    </section>
  );
}
