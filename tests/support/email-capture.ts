// A stand-in for the Resend API for tests: the real SDK sends to it (RESEND_BASE_URL), it keeps what it receives.
// Its HTTP side (GET/DELETE /captured) lets other processes read the messages: test workers, Playwright specs.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type CapturedEmail = {
  id: string;
  from: string;
  /** Always a list, as Resend accepts one address or several. */
  to: string[];
  subject: string;
  /** "" when the message had no such part. */
  html: string;
  text: string;
  /** ISO 8601 */
  receivedAt: string;
};

export type EmailCapture = {
  /** Base URL to use as RESEND_BASE_URL, e.g. http://127.0.0.1:43817 (no trailing slash). */
  url: string;
  /** Everything received since the start or the last clear(), oldest first. */
  messages(): CapturedEmail[];
  clear(): void;
  stop(): Promise<void>;
};

/** Resend's error body. */
type ResendError = { statusCode: number; name: string; message: string };

/** Recipients whose local part starts with this get a 500, to exercise a failed send: bounce-1@example.test. */
export const FAILING_RECIPIENT_PREFIX = "bounce";

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startEmailCapture(options: { port?: number } = {}): Promise<EmailCapture> {
  let captured: CapturedEmail[] = [];
  // While down, a send gets its connection dropped, as from a mail service that is away (PUT /outage).
  let down = false;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        send(response, 500, { statusCode: 500, name: "internal_server_error", message: `capture server: ${String(error)}` });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://capture.invalid");
    if (url.pathname === "/emails" && request.method === "POST") {
      if (down) return void request.socket.destroy();
      return receive(request, response);
    }
    if (url.pathname === "/outage" && request.method === "PUT") {
      down = url.searchParams.get("down") === "true";
      return send(response, 200, { down });
    }
    if (url.pathname === "/captured" && request.method === "GET") {
      const to = url.searchParams.get("to");
      return send(response, 200, to ? captured.filter((email) => email.to.some((address) => sameAddress(address, to))) : captured);
    }
    if (url.pathname === "/captured" && request.method === "DELETE") {
      captured = [];
      return send(response, 200, { cleared: true });
    }
    send(response, 404, { statusCode: 404, name: "not_found", message: "The requested endpoint does not exist." });
  }

  async function receive(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1]?.trim();
    if (!token) {
      return send(response, 401, { statusCode: 401, name: "missing_api_key", message: "Missing API key in the authorization header." });
    }
    const body = await readJson(request);
    if (body === undefined)
      return send(response, 422, { statusCode: 422, name: "validation_error", message: "The body is not valid JSON." });

    const problem = missingField(body);
    if (problem) return send(response, 422, { statusCode: 422, name: "missing_required_field", message: problem });

    const to = typeof body.to === "string" ? [body.to] : (body.to as string[]);
    if (to.some((address) => localPart(address).toLowerCase().startsWith(FAILING_RECIPIENT_PREFIX))) {
      return send(response, 500, { statusCode: 500, name: "application_error", message: "capture server: simulated failure" });
    }
    const email: CapturedEmail = {
      id: randomUUID(),
      from: String(body.from),
      to,
      subject: String(body.subject),
      html: typeof body.html === "string" ? body.html : "",
      text: typeof body.text === "string" ? body.text : "",
      receivedAt: new Date().toISOString(),
    };
    captured.push(email);
    send(response, 200, { id: email.id });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    messages: () => captured.map((email) => ({ ...email, to: [...email.to] })),
    clear: () => {
      captured = [];
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch() keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

/** Every URL in an email's HTML (href attributes and text) or plain text, in order, without duplicates. */
export function extractLinks(content: string): string[] {
  const decoded = content.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
  // A sentence may end right after a link in the text part: "…/invite/abc." is not part of the URL.
  const links = (decoded.match(/https?:\/\/[^\s"'<>)\]]+/g) ?? []).map((link) => link.replace(/[.,;:!?]+$/, ""));
  return [...new Set(links)];
}

/** The first link in the email's HTML whose path starts with `pathPrefix` (e.g. "/invite/"), if any. */
export function firstLinkTo(email: CapturedEmail, pathPrefix: string): string | undefined {
  return extractLinks(email.html).find((link) => new URL(link).pathname.startsWith(pathPrefix));
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&lt;": "<", "&gt;": ">" };

function missingField(body: Record<string, unknown>): string | null {
  for (const field of ["from", "subject"] as const) {
    if (typeof body[field] !== "string" || body[field] === "") return `Missing \`${field}\` field.`;
  }
  const to = body.to;
  const addresses = typeof to === "string" ? [to] : Array.isArray(to) ? to : [];
  if (addresses.length === 0 || addresses.some((address) => typeof address !== "string" || !address.includes("@"))) {
    return "Missing or invalid `to` field.";
  }
  if (typeof body.html !== "string" && typeof body.text !== "string") return "Missing `html` or `text` field.";
  return null;
}

/** "Ada <ada@x.test>" and "ADA@x.test" are both ada@x.test. */
function sameAddress(a: string, b: string): boolean {
  return bareAddress(a) === bareAddress(b);
}

function bareAddress(address: string): string {
  return (/<([^>]+)>/.exec(address)?.[1] ?? address).trim().toLowerCase();
}

function localPart(address: string): string {
  return bareAddress(address).split("@")[0] ?? "";
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: CapturedEmail[] | ResendError | { id: string } | { cleared: true } | { down: boolean },
): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
