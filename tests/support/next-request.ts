// Stand-ins for next/headers and next/navigation, for integration tests that run pages' guards and server actions
// outside Next.js: the test sets the request's session cookie (and Referer, the form's page) here, and a redirect or
// notFound() is thrown as Next.js does, so the test can see where it goes.
//
//   vi.mock("next/headers", () => import("../support/next-request"));
//   vi.mock("next/navigation", () => import("../support/next-request"));
export const request = { cookie: "", referer: "http://localhost:3000/dashboard/projects" };

/** What the stand-in request says about where it comes from (request-meta.ts reads these). */
export const REQUEST_META = { ip: "192.0.2.9", userAgent: "orgstack-integration-test" };

export async function cookies() {
  return { get: (name: string) => (name === "session" && request.cookie ? { name, value: request.cookie } : undefined) };
}

export async function headers() {
  return new Headers({ referer: request.referer, "user-agent": REQUEST_META.userAgent, "x-forwarded-for": REQUEST_META.ip });
}

export function redirect(to: string): never {
  throw Object.assign(new Error(`NEXT_REDIRECT ${to}`), { to });
}

export function notFound(): never {
  throw new Error("NEXT_NOT_FOUND");
}
