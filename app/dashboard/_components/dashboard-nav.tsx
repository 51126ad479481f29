"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Item = { href: string; label: string };

export function DashboardNav({ items }: { items: Item[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Dashboard" className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 text-sm sm:px-6">
      {items.map((item) => {
        const current = item.href === "/dashboard" ? pathname === item.href : pathname.startsWith(item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? "page" : undefined}
            className={`border-b-2 pb-2 whitespace-nowrap ${current ? "border-indigo-600 font-medium" : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
