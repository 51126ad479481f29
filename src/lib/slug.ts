const MAX_SLUG_LENGTH = 48;

/** Words that would shadow app routes or confuse people when used as `<slug>.<ROOT_DOMAIN>`. */
export const RESERVED_SLUGS = new Set([
  "admin",
  "api",
  "app",
  "account",
  "auth",
  "dashboard",
  "dev",
  "docs",
  "help",
  "invite",
  "login",
  "logout",
  "mail",
  "new",
  "onboarding",
  "settings",
  "signup",
  "static",
  "status",
  "support",
  "www",
  "_next",
]);

/** URL-safe slug from a display name: "Café Ünïcode & Co." → "cafe-unicode-co". Long names are cut at a word break. */
export function slugify(name: string): string {
  const full = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const slug = full.length > MAX_SLUG_LENGTH ? cutAtWordBreak(full, MAX_SLUG_LENGTH) : full;
  if (slug.length < 2 || RESERVED_SLUGS.has(slug)) return slug ? `${slug}-org` : "org";
  return slug;
}

function cutAtWordBreak(slug: string, max: number): string {
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf("-");
  return lastDash >= max / 2 ? cut.slice(0, lastDash) : cut.slice(0, max);
}

/** The base slug, then the base with a random suffix: unique with overwhelming odds after a few tries. */
export function slugCandidates(name: string, attempts: number, random: () => string = randomSuffix): string[] {
  const base = slugify(name);
  const trimmed = base.slice(0, MAX_SLUG_LENGTH - 7);
  return [base, ...Array.from({ length: attempts - 1 }, () => `${trimmed}-${random()}`)];
}

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => "abcdefghijklmnopqrstuvwxyz0123456789"[byte % 36]).join("");
}
