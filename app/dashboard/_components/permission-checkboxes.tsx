import { PERMISSION_LABELS, PERMISSIONS, type Permission } from "@/lib/permissions";

/**
 * The permissions to grant (a custom role's, an API key's), as checkboxes named `permissions`; those the person
 * does not hold are shown but cannot be ticked (the server refuses them too).
 */
export function PermissionCheckboxes({
  grantable,
  hint,
  error,
  id,
}: {
  grantable: Permission[];
  hint: string;
  error?: string;
  id: string;
}) {
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Permissions</legend>
      <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">{hint}</p>
      <div className="grid gap-1.5">
        {PERMISSIONS.map((permission) => {
          const allowed = grantable.includes(permission);
          return (
            <label key={permission} className={`flex items-start gap-2 text-sm ${allowed ? "" : "text-zinc-400 dark:text-zinc-600"}`}>
              <input type="checkbox" name="permissions" value={permission} disabled={!allowed} className="mt-0.5 accent-indigo-600" />
              <span>
                {PERMISSION_LABELS[permission]} <code className="text-xs text-zinc-600 dark:text-zinc-400">{permission}</code>
              </span>
            </label>
          );
        })}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
