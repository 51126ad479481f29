import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { RoleBadge } from "@/components/ui/role-badge";
import { BASE_ROLES, PERMISSION_LABELS, ROLE_PERMISSIONS } from "@/lib/permissions";
import { requireOrgPage } from "@/server/auth/require-page";
import { can } from "@/server/permissions";
import { listCustomRoles, listMembersWithCustomRoles } from "@/server/roles/queries";
import { LockedFeature } from "../billing/_components/locked-feature";
import { CreateRoleForm } from "./_components/create-role-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { deleteCustomRoleAction } from "./actions";
import { MemberRolesForm } from "./_components/member-roles-form";

export const metadata: Metadata = { title: "Roles" };

const MEMBERS_SHOWN = 200;
const CARD = "rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900";

export default async function RolesPage() {
  const ctx = await requireOrgPage("/dashboard/roles");
  const manage = can(ctx, "roles.manage");
  // Roles holding a permission the viewer lacks are beyond them: they can neither delete, give nor take those.
  const withinViewer = (role: { permissions: string[] }) => role.permissions.every((p) => (ctx.permissions as string[]).includes(p));
  const [roles, members] = await Promise.all([
    listCustomRoles(ctx),
    manage ? listMembersWithCustomRoles(ctx, MEMBERS_SHOWN) : Promise.resolve([]),
  ]);

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Roles</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Every member has one base role. Custom roles add permissions on top; a member may hold several.
        </p>
      </div>

      <section aria-labelledby="custom-heading" className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-3">
          <h2 id="custom-heading" className="font-medium">
            Custom roles of {ctx.organization.name}
          </h2>
          {roles.length === 0 ? (
            <Notice title="No custom roles yet">
              {manage ? "Create one with the form, then give it to members below." : "Admins can define them for this organization."}
            </Notice>
          ) : (
            <ul className={`divide-y divide-zinc-200 dark:divide-zinc-800 ${CARD}`}>
              {roles.map((role) => (
                <li key={role.id} className="space-y-1.5 px-4 py-3">
                  <div className="flex items-center justify-between gap-3">
                    <p className="font-medium">{role.name}</p>
                    <span className="text-xs text-zinc-600 dark:text-zinc-400">
                      {role.memberCount} {role.memberCount === 1 ? "member" : "members"}
                    </span>
                  </div>
                  {role.description && <p className="text-sm text-zinc-600 dark:text-zinc-400">{role.description}</p>}
                  <ul className="flex flex-wrap gap-1.5" aria-label={`Permissions of ${role.name}`}>
                    {role.permissions.map((permission) => (
                      <li
                        key={permission}
                        title={PERMISSION_LABELS[permission]}
                        className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800"
                      >
                        {permission}
                      </li>
                    ))}
                  </ul>
                  {manage &&
                    (withinViewer(role) ? (
                      <ConfirmButton
                        organizationId={ctx.organization.id}
                        action={deleteCustomRoleAction.bind(null, role.id)}
                        trigger="Delete…"
                        confirm="Delete role"
                        pending="Deleting…"
                      >
                        Delete “{role.name}”?{" "}
                        {role.memberCount > 0
                          ? `${role.memberCount} ${role.memberCount === 1 ? "member loses" : "members lose"} its permissions at once.`
                          : "Nobody holds it."}
                      </ConfirmButton>
                    ) : (
                      <p className="text-xs text-zinc-600 dark:text-zinc-400">
                        It grants permissions you do not hold: only someone who holds them can change or delete it.
                      </p>
                    ))}
                </li>
              ))}
            </ul>
          )}
        </div>
        {manage && (
          <div className={`h-fit p-5 ${CARD}`}>
            <h2 className="mb-4 font-medium">New custom role</h2>
            {ctx.entitlements.features.includes("custom-roles") ? (
              <CreateRoleForm organizationId={ctx.organization.id} grantable={ctx.permissions} />
            ) : (
              <LockedFeature feature="custom-roles" canUpgrade={can(ctx, "billing.manage")}>
                Bundle permissions into roles of your own, on top of the built-in ones. Roles you already have keep working.
              </LockedFeature>
            )}
          </div>
        )}
      </section>

      {manage && roles.length > 0 && (
        <section aria-labelledby="assign-heading" className="space-y-3">
          <h2 id="assign-heading" className="font-medium">
            Who holds which custom role
          </h2>
          {members.length === MEMBERS_SHOWN && (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Showing the first {MEMBERS_SHOWN} members by name. For others, use the API: PUT
              /api/organizations/current/members/:userId/roles.
            </p>
          )}
          <ul className={`divide-y divide-zinc-200 dark:divide-zinc-800 ${CARD}`}>
            {members.map((member) => (
              <li key={member.userId} className="grid gap-2 px-4 py-3 sm:grid-cols-[14rem_1fr] sm:items-center">
                <div className="min-w-0">
                  <p className="flex items-center gap-2 truncate font-medium">
                    {member.name} <RoleBadge role={member.role} />
                  </p>
                  <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">{member.email}</p>
                </div>
                {member.userId === ctx.user.id ? (
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">
                    {/* The server refuses it too: nobody grants themselves a role they would keep after a demotion. */}
                    Your own custom roles are given by another admin or an owner.
                  </p>
                ) : (
                  <MemberRolesForm
                    organizationId={ctx.organization.id}
                    member={member}
                    roles={roles.map((role) => ({ id: role.id, name: role.name, locked: !withinViewer(role) }))}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="base-heading" className="space-y-3">
        <h2 id="base-heading" className="font-medium">
          Built-in roles
        </h2>
        <div className={`relative overflow-x-auto ${CARD}`}>
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-zinc-600 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Permission
                </th>
                {BASE_ROLES.map((role) => (
                  <th key={role} scope="col" className="px-3 py-2 text-center font-medium">
                    <RoleBadge role={role} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {Object.entries(PERMISSION_LABELS).map(([permission, label]) => (
                <tr key={permission}>
                  <th scope="row" className="px-4 py-1.5 font-normal">
                    {label}
                  </th>
                  {BASE_ROLES.map((role) => {
                    const has = (ROLE_PERMISSIONS[role] as readonly string[]).includes(permission);
                    return (
                      <td key={role} className="px-3 py-1.5 text-center">
                        <span aria-hidden>{has ? "✓" : "–"}</span>
                        <span className="sr-only">{has ? "yes" : "no"}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
