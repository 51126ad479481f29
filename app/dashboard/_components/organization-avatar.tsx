/** An organization's logo, or its initials on a tinted square when it has none. */
export function OrganizationAvatar({
  organization,
  size = "sm",
}: {
  organization: { name: string; logoUrl?: string | null };
  size?: "sm" | "lg";
}) {
  const box = size === "lg" ? "size-14 text-lg" : "size-5 text-[10px]";
  if (organization.logoUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- a small, private, already-sized image; next/image adds nothing here
    return <img src={organization.logoUrl} alt="" className={`${box} shrink-0 rounded object-cover`} />;
  }
  const initials = organization.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");
  return (
    <span
      aria-hidden
      className={`${box} inline-flex shrink-0 items-center justify-center rounded bg-indigo-100 font-semibold text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300`}
    >
      {initials}
    </span>
  );
}
