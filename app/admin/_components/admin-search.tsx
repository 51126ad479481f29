/** The GET search form at the top of each admin list. */
export function AdminSearch({ action, label, q }: { action: string; label: string; q?: string }) {
  return (
    <form role="search" action={action} className="flex gap-2">
      <label htmlFor="admin-q" className="sr-only">
        {label}
      </label>
      <input
        id="admin-q"
        name="q"
        type="search"
        defaultValue={q ?? ""}
        maxLength={100}
        placeholder={label}
        className="w-64 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900"
      />
      <button type="submit" className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium dark:border-zinc-700">
        Search
      </button>
    </form>
  );
}
