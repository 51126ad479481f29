// The Next-Router-State-Tree header a client navigation sends: the route tree the browser says it already shows.
// Next.js answers a malformed one with a 500; the middleware answers 400 instead. This mirrors the shape Next.js
// itself accepts (next/dist/server/app-render/types.js, flightRouterStateSchema), so a valid header is never refused.

export const ROUTER_STATE_HEADER = "next-router-state-tree";
// Next.js's own limit (parse-and-validate-flight-router-state.js): about 2,000 segments.
const MAX_LENGTH = 40_000;
const MAX_DEPTH = 64;
const DYNAMIC_PARAM_TYPES = new Set([
  "c",
  "ci(..)(..)",
  "ci(.)",
  "ci(..)",
  "ci(...)",
  "oc",
  "d",
  "di(..)(..)",
  "di(.)",
  "di(..)",
  "di(...)",
]);
const REFRESH_MARKERS = new Set(["refetch", "inside-shared-layout", "metadata-only"]);

/** Whether a Next-Router-State-Tree header value is one Next.js can parse (an absent header is fine). */
export function isValidRouterStateHeader(value: string | null): boolean {
  if (value === null) return true;
  if (value.length > MAX_LENGTH) return false;
  let state: unknown;
  try {
    state = JSON.parse(decodeURIComponent(value));
  } catch {
    return false;
  }
  return isRouterState(state, 0);
}

function isRouterState(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || !Array.isArray(value) || value.length < 2 || value.length > 6) return false;
  const [segment, children, url, refresh, flags, extra] = value as unknown[];
  if (!isSegment(segment)) return false;
  if (typeof children !== "object" || children === null || Array.isArray(children)) return false;
  if (!Object.values(children).every((child) => isRouterState(child, depth + 1))) return false;
  if (url != null && !(Array.isArray(url) && url.length === 2 && url.every((part) => typeof part === "string"))) return false;
  if (refresh != null && !REFRESH_MARKERS.has(refresh as string)) return false;
  if (flags != null && typeof flags !== "number") return false;
  return extra === undefined || typeof extra === "string";
}

function isSegment(value: unknown): boolean {
  if (typeof value === "string") return true;
  if (!Array.isArray(value) || value.length !== 4) return false;
  const [name, key, type, siblings] = value as unknown[];
  return (
    typeof name === "string" &&
    typeof key === "string" &&
    DYNAMIC_PARAM_TYPES.has(type as string) &&
    (siblings === null || (Array.isArray(siblings) && siblings.every((sibling) => typeof sibling === "string")))
  );
}
