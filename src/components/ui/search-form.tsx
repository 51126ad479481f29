import { buttonClass } from "./button";

/**
 * A list's search: a plain GET form, so the query is in the URL (shareable, back-button safe) and works without
 * JavaScript. `action` is the list's own path.
 */
export function SearchForm({
  action,
  label,
  q,
  placeholder = "Search by name",
  id = "q",
}: {
  action: string;
  label: string;
  q?: string;
  placeholder?: string;
  id?: string;
}) {
  return (
    <form role="search" action={action} className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={q ?? ""}
        maxLength={100}
        placeholder={placeholder}
        className="w-full min-w-0 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm placeholder:text-zinc-500 sm:w-56 dark:border-zinc-700 dark:bg-zinc-900 dark:placeholder:text-zinc-400"
      />
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
    </form>
  );
}
