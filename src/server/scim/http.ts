import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/server/db";
import { isDatabaseUnavailable } from "@/server/http/route";
import type { Declared } from "@/server/http/operation";
import { hashSecretToken } from "@/server/secret-token";

/** The organization a SCIM request acts in, named by its bearer token: the directory of one organization. */
export type ScimContext = { organization: { id: string; name: string; slug: string }; tokenId: string };

export const SCIM_CONTENT_TYPE = "application/scim+json";
const ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

/** A SCIM error (RFC 7644 §3.12): its own body shape, which Okta and Entra ID read, not the API's `{ error }`. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?:
      "invalidFilter" | "invalidValue" | "invalidSyntax" | "uniqueness" | "mutability" | "noTarget" | "invalidPath" | "tooMany",
  ) {
    super(detail);
  }
}

export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json(body, { status, headers: { "Content-Type": SCIM_CONTENT_TYPE, ...headers } });
}

function errorBody(error: ScimError) {
  return scimJson(
    {
      schemas: [ERROR_SCHEMA],
      status: String(error.status),
      detail: error.detail,
      ...(error.scimType ? { scimType: error.scimType } : {}),
    },
    error.status,
  );
}

type Handler<P> = (args: { ctx: ScimContext; request: NextRequest; params: P; body: unknown }) => Promise<Response>;

/**
 * A SCIM endpoint: the bearer token (`Authorization: Bearer scim_…`, hashed like every secret we keep) names the
 * organization, or it is a 401 before anything is read; the body is JSON or a 400; a ScimError is its status in
 * SCIM's format; anything else a logged 500 (503 when the database is away). No cookie is ever looked at: a
 * directory is a server, and a browser cannot attach this header by itself, so no origin check either.
 */
export function scimRoute<P = Record<string, never>>(
  handler: Handler<P>,
): ((request: NextRequest, context: { params: Promise<P> }) => Promise<Response>) & Declared {
  const route = async (request: NextRequest, context: { params: Promise<P> }) => {
    try {
      const ctx = await resolveScimToken(request);
      if (!ctx) return errorBody(new ScimError(401, "A valid SCIM bearer token is required (Settings → Directory sync)."));
      let body: unknown;
      if (["POST", "PUT", "PATCH"].includes(request.method)) {
        try {
          body = await request.json();
        } catch {
          throw new ScimError(400, "The body is not JSON.", "invalidSyntax");
        }
      }
      return await handler({ ctx, request, params: await context.params, body });
    } catch (error) {
      if (error instanceof ScimError) return errorBody(error);
      if (isDatabaseUnavailable(error)) return errorBody(new ScimError(503, "The database is unavailable or busy. Try again in a moment."));
      console.error(`[scim] ${request.method} ${request.nextUrl.pathname}`, error);
      return errorBody(new ScimError(500, "Something went wrong on our side."));
    }
  };
  return Object.assign(route, { declaration: { access: "scim" } as const });
}

/** What every SCIM token starts with (tokens.ts makes them; resolveScimToken reads only such). */
export const SCIM_TOKEN_PREFIX = "scim_";
const LAST_USED_PRECISION_MS = 5 * 60 * 1000;

async function resolveScimToken(request: NextRequest): Promise<ScimContext | null> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(scim_[A-Za-z0-9_-]{20,100})$/i.exec(header.trim());
  if (!match) return null;
  const row = await db.scimToken.findUnique({
    where: { tokenHash: hashSecretToken(match[1]!) },
    select: { id: true, lastUsedAt: true, organization: { select: { id: true, name: true, slug: true, deletedAt: true } } },
  });
  if (!row || row.organization.deletedAt) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.scimToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  const { deletedAt: _deleted, ...organization } = row.organization;
  return { organization, tokenId: row.id };
}
