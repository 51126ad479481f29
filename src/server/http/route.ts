import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "./errors";
import { fail } from "./result";

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<NextResponse | Response>;

/** Wraps a route handler: anything unexpected becomes a logged 500 (or 503 when the database is away), as JSON. */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>): Handler<P> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        return errorResponse(fail("SERVICE_UNAVAILABLE", "The database is unavailable. Try again in a moment."));
      }
      console.error(`[api] ${request.method} ${request.nextUrl.pathname}`, error);
      return NextResponse.json(
        { error: { code: "INTERNAL_ERROR", message: "Something went wrong on our side. Please try again." } },
        { status: 500 },
      );
    }
  };
}

function isDatabaseUnavailable(error: unknown): boolean {
  const text = String((error as { code?: string })?.code ?? "") + " " + String((error as Error)?.message ?? "");
  return /ECONNREFUSED|P1001|P1017|Can't reach database|DatabaseNotReachable|connection terminated/i.test(text);
}
