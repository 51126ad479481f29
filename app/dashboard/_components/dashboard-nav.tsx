"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

type Item = { href: string; label: string };

/**
 * The dashboard's sections: tabs from the small breakpoint up; below it (a phone) a menu button naming the current
 * section, which opens the whole list — nine tabs do not fit in 360 px, and a scrolling row hides the last ones.
 */
export function DashboardNav({ items }: { items: Item[] }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const isCurrent = (item: Item) => (item.href === "/dashboard" ? pathname === item.href : pathname.startsWith(item.href));
  const current = items.find(isCurrent);
  return (
    <nav aria-label="Dashboard" className="mx-auto max-w-6xl px-4 text-sm sm:px-6">
      <div className="pb-2 sm:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="dashboard-menu"
          onClick={() => setOpen((value) => !value)}
          className="flex w-full items-center justify-between rounded-md border border-zinc-300 px-3 py-2 font-medium dark:border-zinc-700"
        >
          <span>
            <span className="sr-only">Menu: </span>
            {current?.label ?? "Menu"}
          </span>
          <span aria-hidden>{open ? "▴" : "▾"}</span>
        </button>
        {open && (
          <ul
            id="dashboard-menu"
            className="mt-2 divide-y divide-zinc-100 rounded-md border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800"
          >
            {items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={isCurrent(item) ? "page" : undefined}
                  onClick={() => setOpen(false)}
                  className={`block px-3 py-2.5 ${isCurrent(item) ? "font-medium text-indigo-700 dark:text-indigo-300" : "text-zinc-700 dark:text-zinc-300"}`}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="hidden gap-5 overflow-x-auto sm:flex">
        {items.map((item) => (
          <Link
            key={item.href}
            href={item.href}
            aria-current={isCurrent(item) ? "page" : undefined}
            className={`border-b-2 pb-2 whitespace-nowrap ${isCurrent(item) ? "border-indigo-600 font-medium" : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"}`}
          >
            {item.label}
          </Link>
        ))}
      </div>
    </nav>
  );
}
