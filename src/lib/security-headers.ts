// Response headers that harden every page. Imported by next.config.ts (static headers) and the Edge middleware
// (the per-request Content-Security-Policy), so: no Node APIs, no server-only.

/**
 * The Content-Security-Policy of one page response. Scripts run only from our origin or with this request's nonce
 * (Next.js puts it on its own inline scripts when it sees the policy on the request), and `strict-dynamic` lets
 * those load the chunks they import; no `unsafe-inline` script ever. Inline *styles* are allowed: React renders
 * `style` attributes (Radix positions its menus with them) and a nonce cannot cover attributes.
 */
export function contentSecurityPolicy({ nonce, development, https }: { nonce: string; development: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates source maps of server errors; production never needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of every JSON route: they render nothing a browser should run or frame. Set by next.config.ts, because
 * the middleware does not run on /api/ (a JSON request needs nothing it does, and it cost half of a cheap request).
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Headers every response carries, static files included (next.config.ts). */
export function staticSecurityHeaders({ production }: { production: boolean }): Array<{ key: string; value: string }> {
  return [
    // Tokens travel in some paths (/invite/…, /reset-password/…): other sites get the origin at most.
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore it over plain http; in production every request after the first one is https only.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
