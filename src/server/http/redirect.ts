import "server-only";
import { NextResponse } from "next/server";

/**
 * A redirect to a path on the host the browser asked for (a relative Location). In route handlers request.url names
 * the server's own host, so an absolute URL built from it would send a visitor of `<slug>.<ROOT_DOMAIN>` to localhost.
 */
export function redirectToPath(path: string): NextResponse {
  return new NextResponse(null, { status: 307, headers: { location: path } });
}
