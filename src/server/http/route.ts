import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "./errors";
import { crossSiteRefusal } from "./origin-check";
import { fail } from "@/server/results/result";

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<NextResponse | Response>;

/**
 * Wraps a route handler: a mutation sent by another site's page is refused before it runs (403, origin-check.ts;
 * unless an organization route is called with an API key, which no browser attaches by itself), and
 * anything unexpected becomes a logged 500 (or 503 when the database is away), as JSON.
 */
export function apiRoute<P = Record<string, never>>(
  handler: Handler<P>,
  options: { acceptsApiKeys?: boolean; acceptsCrossSite?: true } = {},
): Handler<P> {
  return async (request, context) => {
    try {
      // A SAML response is posted by the identity provider's page, another site by design: its signature and the
      // single-use request it answers are its authentication (sso/saml.ts), not the origin.
      const crossSite = options.acceptsCrossSite ? null : crossSiteRefusal(request, options);
      if (crossSite) return errorResponse(crossSite);
      return await handler(request, context);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        return errorResponse({
          ...fail("SERVICE_UNAVAILABLE", "The database is unavailable or busy. Try again in a moment."),
          retryAfterSeconds: 2,
        });
      }
      console.error(`[api] ${request.method} ${request.nextUrl.pathname}`, error);
      return NextResponse.json(
        { error: { code: "INTERNAL_ERROR", message: "Something went wrong on our side. Please try again." } },
        { status: 500 },
      );
    }
  };
}

/**
 * The database is down, restarting, or too busy to hand out a connection in time: the request may succeed later, so
 * it is a 503, not a 500. Covers a refused connection, a connection the server ended (57P01 on shutdown) and a
 * transaction that waited too long for a pooled connection (P2028).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const details = error as { code?: string; message?: string; cause?: unknown; meta?: { driverAdapterError?: { message?: string } } };
  const text = [details?.code, details?.message, details?.cause, details?.meta?.driverAdapterError?.message]
    .map((part) => String(part ?? ""))
    .join(" ");
  return /ConnectionClosed|ECONNREFUSED|ECONNRESET|P1001|P1017|P2028|57P01|57P03|Can't reach database|DatabaseNotReachable|connection terminated|terminating connection|the database system is (starting up|shutting down)|Unable to start a transaction/i.test(
    text,
  );
}
