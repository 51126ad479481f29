// A customer's webhook receiver for tests: keeps every request (raw body and headers) and answers with the status
// the test asks for next (200 by default).
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string };

export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  // "hang": take the request and never answer it.
  const answers: Array<number | "hang"> = [];
  let always: number | null = null;
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      const answer = answers.shift() ?? always ?? 200;
      if (answer === "hang") return;
      response.writeHead(answer, { "content-type": "text/plain" }).end("thanks");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** The statuses of the next answers, in order. */
    answerNext: (...statuses: Array<number | "hang">) => answers.push(...statuses),
    /** The status of every answer from now on (null: 200). */
    answerAlways: (status: number | null) => (always = status),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
