// One load run with autocannon at fixed concurrency, and the round trips of one request counted at the proxy.
import autocannon from "autocannon";

export type LoadRequest = {
  method?: "GET" | "POST";
  path: string;
  body?: () => string;
  cookies: string[];
  /** Extra headers per request, e.g. a client address of its own. */
  headers?: () => Record<string, string>;
};
export type LoadResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; requests: number; errors: number; non2xx: number };

export async function runLoad(baseUrl: string, request: LoadRequest, options: { connections: number; seconds: number }): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: request.method ?? "GET",
        path: request.path,
        // Each request as another tenant's user, round robin.
        setupRequest: (req) => {
          const cookie = request.cookies[next++ % request.cookies.length];
          return {
            ...req,
            headers: {
              ...req.headers,
              ...(cookie ? { cookie: `session=${cookie}` } : {}),
              ...(request.body ? { "content-type": "application/json" } : {}),
              ...request.headers?.(),
            },
            ...(request.body ? { body: request.body() } : {}),
          };
        },
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Database round trips per request: `samples` requests one after another, counted at the proxy. */
export async function roundTripsPerRequest(
  baseUrl: string,
  request: LoadRequest,
  counter: () => number,
  samples = 20,
): Promise<number> {
  // Once first: the pool's connections and prepared statements are set up outside the count.
  await send(baseUrl, request, 0);
  const before = counter();
  for (let i = 1; i <= samples; i++) await send(baseUrl, request, i);
  return Math.round(((counter() - before) / samples) * 10) / 10;
}

async function send(baseUrl: string, request: LoadRequest, i: number): Promise<void> {
  const cookie = request.cookies[i % request.cookies.length];
  const response = await fetch(baseUrl + request.path, {
    method: request.method ?? "GET",
    headers: { ...(cookie ? { cookie: `session=${cookie}` } : {}), ...(request.body ? { "content-type": "application/json" } : {}), ...request.headers?.() },
    body: request.body?.(),
    redirect: "manual",
  });
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`${request.path}: HTTP ${response.status}`);
}
