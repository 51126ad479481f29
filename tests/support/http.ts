import { NextRequest } from "next/server";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route's params
type RouteHandler = (request: NextRequest, context: { params: Promise<any> }) => Promise<Response>;

type CallOptions = {
  body?: unknown;
  rawBody?: string | Uint8Array<ArrayBuffer>;
  token?: string;
  /** An organization API key, sent as `Authorization: Bearer`. */
  apiKey?: string;
  headers?: Record<string, string>;
  /** The dynamic segments of the route, e.g. `{ id }` for app/api/projects/[id]. */
  params?: Record<string, string>;
};

/** Calls a route handler the way Next.js does, with a real Request: JSON body, session cookie and API key optional. */
export async function call(handler: RouteHandler, method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  if (options.token) headers.set("cookie", `session=${options.token}`);
  if (options.apiKey) headers.set("authorization", `Bearer ${options.apiKey}`);
  const request = new NextRequest(new URL(path, "http://localhost:3000"), { method, headers, body });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

/** The session token a response sets, or undefined; "" when it clears the cookie. */
export function sessionTokenOf(response: Response): string | undefined {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith("session="));
  return cookie?.slice("session=".length).split(";")[0];
}
