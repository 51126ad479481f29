// A TCP proxy in front of PostgreSQL that counts round trips: every simple Query ('Q') and every Sync ('S') a client
// sends ends in one wait for the server. The app and Prisma are untouched — the count is what went over the wire.
// With `latencyMs`, every answer of the database is held back that long, as a managed database in another zone would.
import { createServer, connect, type Server, type Socket } from "node:net";

export type CountingProxy = { port: number; roundTrips: () => number; close: () => Promise<void> };

export async function startCountingProxy(target: { host: string; port: number }, options: { latencyMs?: number } = {}): Promise<CountingProxy> {
  const latencyMs = options.latencyMs ?? 0;
  let roundTrips = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    // No Nagle: delayed small writes would otherwise wait for the peer's delayed ACK (tens of ms) and add latency of
    // the proxy's own making.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      // The startup packet (and an SSL request) has no type byte: length first.
      while (!started && buffer.length >= 8) {
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        buffer = buffer.subarray(length);
        if (code !== 80877103) started = true; // 80877103: SSLRequest, answered before the real startup packet
      }
      while (started && buffer.length >= 5) {
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) return;
        const type = String.fromCharCode(buffer[0]!);
        if (type === "Q" || type === "S") roundTrips += 1;
        buffer = buffer.subarray(length + 1);
      }
    });
    // Timers of one delay fire in the order they were set: the stream stays in order.
    upstream.on("data", (chunk) => (latencyMs > 0 ? setTimeout(() => client.write(chunk), latencyMs) : client.write(chunk)));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("proxy did not start");
  return {
    port: address.port,
    roundTrips: () => roundTrips,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
