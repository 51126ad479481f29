/** A calm, full-width message in a page: empty states, "no access", confirmations after a redirect. */
export function Notice({ title, children, tone = "neutral" }: { title: string; children?: React.ReactNode; tone?: "neutral" | "success" }) {
  const colours =
    tone === "success"
      ? "border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100"
      : "border-dashed border-zinc-300 text-zinc-900 dark:border-zinc-700 dark:text-zinc-100";
  return (
    <section role={tone === "success" ? "status" : undefined} className={`rounded-lg border p-6 ${colours}`}>
      <h2 className="font-medium">{title}</h2>
      {children && <div className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{children}</div>}
    </section>
  );
}
