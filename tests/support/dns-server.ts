// A DNS server for tests (the dns2 package): the app's resolver is pointed at it (DNS_SERVERS), and it answers TXT
// questions from records the tests set over HTTP (PUT/DELETE /records/<name>), from any process — test workers,
// Playwright specs. A name without records is NXDOMAIN; a name set to "SERVFAIL" fails, as a broken resolver would.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import dns2 from "dns2";

const { Packet } = dns2;

export type DnsServer = { servers: string; controlUrl: string; stop: () => Promise<void> };

export async function startDnsServer(): Promise<DnsServer> {
  const records = new Map<string, string[]>();
  const dns = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const response = Packet.createResponseFromRequest(request);
      const [question] = request.questions;
      const values = question ? records.get(question.name.toLowerCase()) : undefined;
      if (!question || !values)
        response.header.rcode = 3; // NXDOMAIN
      else if (values[0] === "SERVFAIL") response.header.rcode = 2;
      else if (question.type === Packet.TYPE.TXT) {
        for (const data of values) response.answers.push(Packet.createResourceFromQuestion(question, { ttl: 1, data }));
      }
      send(response);
    },
  });
  const addresses = await dns.listen({ udp: { port: 0, address: "127.0.0.1" } });
  const udp = addresses.udp as AddressInfo;

  const control = createServer(async (request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname.replace(/^\/records\//, "")).toLowerCase();
    if (request.method === "PUT") records.set(name, JSON.parse(await bodyOf(request)) as string[]);
    else if (request.method === "DELETE") records.delete(name);
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", resolve));
  return {
    servers: `127.0.0.1:${udp.port}`,
    controlUrl: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
    stop: async () => {
      await new Promise<void>((resolve) => control.close(() => resolve()));
      await dns.close();
    },
  };
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}

/** Sets (or, with null, removes) the TXT records at `name` on the tests' DNS server (DNS_CONTROL_URL). */
export async function setTxtRecords(name: string, values: string[] | null): Promise<void> {
  const url = `${process.env.DNS_CONTROL_URL}/records/${encodeURIComponent(name)}`;
  const response = await fetch(url, values ? { method: "PUT", body: JSON.stringify(values) } : { method: "DELETE" });
  if (response.status !== 204) throw new Error(`DNS control: ${response.status}`);
}
