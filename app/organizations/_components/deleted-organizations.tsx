import { formatDate } from "@/lib/format";
import type { DeletedOrganization } from "@/server/organizations/deletion";
import { RestoreButton } from "./restore-button";

/** Organizations the viewer deleted (or co-owns) that can still come back, each with its purge date. */
export function DeletedOrganizations({ organizations }: { organizations: DeletedOrganization[] }) {
  if (organizations.length === 0) return null;
  return (
    <section aria-labelledby="deleted-heading" className="mt-8 space-y-3">
      <h2 id="deleted-heading" className="font-medium">
        Deleted organizations
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Restore one to bring back everything in it, for every member.</p>
      <ul
        aria-label="Deleted organizations"
        className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800"
      >
        {organizations.map((organization) => (
          <li key={organization.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div>
              <p className="font-medium">{organization.name}</p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                Deleted {formatDate(organization.deletedAt)} · erased for good on {formatDate(organization.purgeAt)}
              </p>
            </div>
            <RestoreButton organization={organization} />
          </li>
        ))}
      </ul>
    </section>
  );
}
