/** One titled block of the account page, like a settings page's sections. */
export function AccountSection({
  title,
  description,
  children,
  tone = "neutral",
}: {
  title: string;
  description?: string;
  children: React.ReactNode;
  tone?: "neutral" | "danger";
}) {
  const border = tone === "danger" ? "border-red-200 dark:border-red-900" : "border-zinc-200 dark:border-zinc-800";
  return (
    <section aria-labelledby={`${slug(title)}-heading`} className={`rounded-lg border bg-white p-6 dark:bg-zinc-900 ${border}`}>
      <h2 id={`${slug(title)}-heading`} className={`text-base font-semibold ${tone === "danger" ? "text-red-700 dark:text-red-400" : ""}`}>
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
