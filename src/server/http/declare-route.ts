import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { requireOrgContext, requireSession, supportReadOnly, type SessionContext } from "@/server/auth/context";
import { SupportReadOnlyError } from "@/server/tenant/scope";
import { errorResponse } from "./errors";
import { readJsonBody } from "./json-body";
import {
  accessOf,
  refuseAccess,
  refuseStaleProof,
  type ContextOf,
  type DeclaredOperation,
  type InputOf,
  type Operation,
  type OrgOperation,
  type ParamsOf,
} from "./operation";
import { readQuery } from "./query";
import { requestMeta, type RequestMeta } from "./request-meta";
import type { Failure, Result } from "@/server/results/result";
import { apiRoute } from "./route";

/** What a declared handler is called with: its validated input, the request, its path parameters, who is calling. */
export type RouteArgs<O extends Operation> = InputOf<O> & { request: NextRequest; params: ParamsOf<O>; meta: RequestMeta };

/** A handler answers with a response, or with an expected failure that the wrapper turns into its status and JSON. */
type Outcome = Response | Failure;

export type DeclaredRoute<O extends Operation> = ((request: NextRequest, context: { params: Promise<ParamsOf<O>> }) => Promise<Response>) &
  DeclaredOperation;

/**
 * A route handler that acts in an organization. In order: origin check (apiRoute, not for API keys), session or API
 * key, organization (the active one or x-organization-id; 404 for a non-member), stale-tab guard (x-expected-organization-id), permission and
 * base role, body and query validation (400 with field errors), request metadata; then the handler, whose failure
 * becomes its response. The handler only holds the business logic.
 */
export function orgRoute<O extends OrgOperation>(
  operation: O,
  handler: (args: RouteArgs<O> & { ctx: ContextOf<O> }) => Promise<Outcome>,
): DeclaredRoute<O> {
  return declared(
    operation,
    accessOf(operation, "org"),
    async (request) => {
      const auth = await requireOrgContext(request, { withMemberships: operation.withMemberships });
      if (!auth.ok) return auth;
      // refuseAccess turns API keys away from operations that say apiKeys: false, so what remains is ContextOf<O>
      // (TypeScript cannot follow a conditional type of a generic operation; this wrapper is the guard).
      // eslint-disable-next-line no-restricted-syntax
      const ctx = auth.ctx as ContextOf<O>;
      return refuseAccess(auth.ctx, operation) ?? refuseStaleProof(auth.ctx, operation) ?? { ok: true, who: { ctx } };
    },
    handler,
  );
}

/** A route handler about the signed-in person rather than an organization (the account API): 401 when signed out. */
export function sessionRoute<O extends Operation>(
  operation: O,
  handler: (args: RouteArgs<O> & { session: SessionContext }) => Promise<Outcome>,
): DeclaredRoute<O> {
  return declared(
    operation,
    accessOf(operation, "session"),
    async (request) => {
      const auth = await requireSession(request);
      if (!auth.ok) return auth;
      return refuseStaleProof(auth.ctx, operation) ?? { ok: true, who: { session: auth.ctx } };
    },
    handler,
  );
}

/**
 * A route handler anyone may call: sign-in, signup, password reset, health, and the few that read the cookie
 * themselves because a visitor without one is not an error there (logout, deep links). Say which next to it.
 */
export function publicRoute<O extends Operation>(
  operation: O,
  handler: (args: RouteArgs<O>) => Promise<Outcome>,
  options: { acceptsCrossSite?: true } = {},
): DeclaredRoute<O> {
  return declared(operation, accessOf(operation, "public"), async () => ({ ok: true, who: {} }), handler, options);
}

function declared<O extends Operation, W extends object>(
  operation: O,
  declaration: DeclaredOperation["declaration"],
  identify: (request: NextRequest) => Promise<Result<{ who: W }>>,
  handler: (args: RouteArgs<O> & W) => Promise<Outcome>,
  options: { acceptsCrossSite?: true } = {},
): DeclaredRoute<O> {
  const route = apiRoute<ParamsOf<O>>(
    async (request, context) => {
      const caller = await identify(request);
      if (!caller.ok) return errorResponse(caller);
      const input = await readInput(request, operation);
      if (!input.ok) return errorResponse(input);
      const outcome = await handler({
        ...caller.who,
        ...input.data,
        request,
        params: await context.params,
        meta: requestMeta(request.headers),
      }).catch(refusedInSupport);
      return outcome instanceof Response ? outcome : errorResponse(outcome);
    },
    { acceptsApiKeys: declaration.access === "org", ...options },
  );
  return Object.assign(route, { declaration, operation });
}

/** A write a support view attempted past the checks above (a GET that records something): 403, not 500. */
function refusedInSupport(error: unknown): Failure {
  if (error instanceof SupportReadOnlyError) return supportReadOnly();
  throw error;
}

async function readInput<O extends Operation>(request: NextRequest, operation: O): Promise<Result<{ data: InputOf<O> }>> {
  let query: unknown;
  if (operation.query) {
    const read = readQuery(request, operation.query);
    if (!read.ok) return read;
    query = read.data;
  }
  let body: unknown;
  if (operation.body) {
    const read = await readJsonBody(request, operation.body);
    if (!read.ok) return read;
    body = read.data;
  }
  return { ok: true, data: { body, query } as InputOf<O> };
}

/** `NextResponse.json`, spelled once: the declared handlers' usual answer. */
export function json(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status });
}

/** 204 No Content. */
export function noContent(): NextResponse {
  return new NextResponse(null, { status: 204 });
}
