// A stand-in for the part of Stripe's API the app calls, for tests: the real SDK is pointed at it (its host, port and
// protocol options, via stripeClient(key, url)), it keeps every request and answers in Stripe's shapes. Subscriptions
// are whatever the test stored: the webhook handler re-reads them from here as it would from Stripe.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "node:querystring";

export type StripeRequest = {
  method: string;
  path: string;
  /** The form body as Stripe's SDK encodes it: `line_items[0][price]` and so on, flat. */
  form: Record<string, string>;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
};

export type StripeCapture = {
  url: string;
  requests(): StripeRequest[];
  /** What GET /v1/subscriptions/:id answers from now on. */
  storeSubscription(subscription: { id: string } & Record<string, unknown>): void;
  /** The next requests to this path (e.g. "/v1/subscriptions/sub_1") answer 500, as Stripe does when it is down. */
  failNext(path: string, times?: number): void;
  clear(): void;
  stop(): Promise<void>;
};

export async function startStripeCapture(): Promise<StripeCapture> {
  let captured: StripeRequest[] = [];
  const subscriptions = new Map<string, Record<string, unknown>>();
  const failures = new Map<string, number>();
  let sequence = 0;

  const server = createServer(async (request, response) => {
    const form = parse(await bodyOf(request)) as Record<string, string>;
    const path = new URL(request.url ?? "/", "http://stripe.invalid").pathname;
    captured.push({
      method: request.method ?? "GET",
      path,
      form,
      idempotencyKey: header(request, "idempotency-key"),
      authorization: header(request, "authorization"),
    });
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json", "request-id": `req_${++sequence}` });
      response.end(JSON.stringify(body));
    };
    const failing = failures.get(path) ?? 0;
    if (failing > 0) {
      failures.set(path, failing - 1);
      return send(500, { error: { type: "api_error", message: "capture server: failing as asked" } });
    }
    const subscription = /^\/v1\/subscriptions\/([^/]+)$/.exec(path);
    if (request.method === "POST" && path === "/v1/customers")
      return send(200, { id: `cus_capture_${++sequence}`, object: "customer", name: form.name });
    if (request.method === "POST" && path === "/v1/checkout/sessions") {
      return send(200, {
        id: `cs_capture_${++sequence}`,
        object: "checkout.session",
        url: `https://checkout.stripe.test/c/pay/cs_capture_${sequence}`,
      });
    }
    if (request.method === "POST" && path === "/v1/billing_portal/sessions") {
      return send(200, {
        id: `bps_capture_${++sequence}`,
        object: "billing_portal.session",
        url: `https://billing.stripe.test/p/session/${sequence}`,
      });
    }
    if (subscription && request.method === "GET") {
      const stored = subscriptions.get(subscription[1]!);
      return stored
        ? send(200, stored)
        : send(404, { error: { type: "invalid_request_error", code: "resource_missing", message: "No such subscription" } });
    }
    if (subscription && request.method === "POST") {
      const stored = subscriptions.get(subscription[1]!);
      if (!stored)
        return send(404, { error: { type: "invalid_request_error", code: "resource_missing", message: "No such subscription" } });
      return send(200, stored);
    }
    send(404, { error: { type: "invalid_request_error", message: `capture server: no such endpoint ${request.method} ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => captured,
    storeSubscription: (subscription) => void subscriptions.set(subscription.id, subscription),
    failNext: (path, times = 1) => void failures.set(path, times),
    clear: () => {
      captured = [];
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The SDK keeps its sockets alive; close them rather than wait for them.
        server.closeAllConnections();
      }),
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
