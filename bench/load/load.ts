// One load run with autocannon at fixed concurrency, and the round trips of one request counted at the proxy.
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import type { CountingProxy } from "./counting-proxy";

export type LoadRequest = {
  method?: "GET" | "POST";
  path: string;
  body?: () => string;
  cookies: string[];
  /** Extra headers per request, e.g. a client address of its own. */
  headers?: () => Record<string, string>;
};
export type LoadResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; requests: number; errors: number; non2xx: number };

export async function runLoad(
  baseUrl: string,
  request: LoadRequest,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
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

/** Round trips of one request: those its response waited for, and those it left running after it (a read's COMMIT). */
export type RoundTripCount = { critical: number; background: number };

// While counting, every answer is held back this long: a statement written behind another before its answer is
// then plainly part of the same round trip, and one the response does not wait for is plainly answered after it.
const COUNTING_LATENCY_MS = 20;

/** Database round trips per request: `samples` requests one after another, counted at the proxy. */
export async function roundTripsPerRequest(
  baseUrl: string,
  request: LoadRequest,
  proxy: CountingProxy,
  samples = 20,
): Promise<RoundTripCount> {
  proxy.startCounting(COUNTING_LATENCY_MS);
  try {
    // Once first: the pool's connections and prepared statements are set up outside the count.
    await send(baseUrl, request, 0);
    await settle();
    let critical = 0;
    let background = 0;
    for (let i = 1; i <= samples; i++) {
      const start = performance.now();
      await send(baseUrl, request, i);
      const end = performance.now();
      await settle();
      for (const trip of proxy.roundTrips()) {
        if (trip.sentAt < start) continue;
        if (trip.answeredAt !== null && trip.answeredAt <= end) critical += 1;
        else background += 1;
      }
    }
    const perRequest = (n: number) => Math.round((n / samples) * 10) / 10;
    return { critical: perRequest(critical), background: perRequest(background) };
  } finally {
    proxy.stopCounting();
  }
}

/** Lets what a request left in flight be answered before the next one starts. */
const settle = () => new Promise((resolve) => setTimeout(resolve, COUNTING_LATENCY_MS * 3));

async function send(baseUrl: string, request: LoadRequest, i: number): Promise<void> {
  const cookie = request.cookies[i % request.cookies.length];
  const response = await fetch(baseUrl + request.path, {
    method: request.method ?? "GET",
    headers: {
      ...(cookie ? { cookie: `session=${cookie}` } : {}),
      ...(request.body ? { "content-type": "application/json" } : {}),
      ...request.headers?.(),
    },
    body: request.body?.(),
    redirect: "manual",
  });
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`${request.path}: HTTP ${response.status}`);
}
