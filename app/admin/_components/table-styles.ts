// Shared by the admin tables.
export const TABLE = "w-full text-left text-sm";
export const TABLE_WRAP = "overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900";
export const TH = "px-4 py-2 text-xs font-medium text-zinc-600 uppercase dark:text-zinc-400";
export const TD = "px-4 py-2";

export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
