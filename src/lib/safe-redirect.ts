/**
 * The `next` target after login, only ever a path on this site: "/dashboard/x?y" passes, while "//evil.com",
 * "/\\evil.com", "https://evil.com" and anything odd fall back to /dashboard.
 */
export function safeNextPath(next: unknown, fallback = "/dashboard"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
  try {
    const url = new URL(next, "http://orgstack.invalid");
    if (url.origin !== "http://orgstack.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
