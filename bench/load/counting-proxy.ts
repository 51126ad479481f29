// A TCP proxy in front of PostgreSQL that counts round trips: the times a client waits for the database. A client
// message that ends in a wait (a simple Query 'Q', or the Sync 'S' that closes an extended query) starts a round trip
// when nothing the client sent is still unanswered; messages written behind it before its answer (a pipeline) share
// it. A round trip ends when the last of them is answered (ReadyForQuery 'Z' reaches the client). The app and Prisma
// are untouched — the count is what went over the wire.
// With a latency, every answer of the database is held back that long, as a managed database in another zone would.
import { createServer, connect, type Server, type Socket } from "node:net";
import { performance } from "node:perf_hooks";

/** One round trip: when its first message went out, and when its last answer came back (null: not yet). */
export type RoundTrip = { sentAt: number; answeredAt: number | null };

export type CountingProxy = {
  port: number;
  /**
   * Records round trips from now on, every answer held back at least `holdMs` (the counting of round trips per
   * request); under load nothing is recorded, so nothing piles up.
   */
  startCounting: (holdMs: number) => void;
  /** The round trips recorded since startCounting, in the order they started; times from performance.now(). */
  roundTrips: () => readonly RoundTrip[];
  /** Stops recording and goes back to the latency the proxy was started with. */
  stopCounting: () => void;
  close: () => Promise<void>;
};

/** Splits a PostgreSQL message stream into message types; keeps a partial message for the next chunk. */
function messageReader(onMessage: (type: string) => void, options: { startup: boolean }) {
  let buffer = Buffer.alloc(0);
  let started = !options.startup;
  return (chunk: Buffer) => {
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
      onMessage(String.fromCharCode(buffer[0]!));
      buffer = buffer.subarray(length + 1);
    }
  };
}

export async function startCountingProxy(
  target: { host: string; port: number },
  options: { latencyMs?: number } = {},
): Promise<CountingProxy> {
  const baseLatencyMs = options.latencyMs ?? 0;
  let latencyMs = baseLatencyMs;
  let trips: RoundTrip[] | null = null;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    // No Nagle: delayed small writes would otherwise wait for the peer's delayed ACK (tens of ms) and add latency of
    // the proxy's own making.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    let unanswered = 0;
    let current: RoundTrip | null = null;
    const fromClient = messageReader(
      (type) => {
        if (type !== "Q" && type !== "S") return;
        if (unanswered === 0) {
          current = { sentAt: performance.now(), answeredAt: null };
          trips?.push(current);
        }
        unanswered += 1;
      },
      { startup: true },
    );
    // The answers as the client sees them: counted when forwarded, after the latency.
    const toClient = messageReader(
      (type) => {
        if (type !== "Z" || unanswered === 0) return; // the first 'Z' ends the startup, which is no query
        unanswered -= 1;
        if (unanswered === 0 && current) current.answeredAt = performance.now();
      },
      { startup: false },
    );
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      fromClient(chunk);
    });
    const forward = (chunk: Buffer) => {
      client.write(chunk);
      toClient(chunk);
    };
    // Timers of one delay fire in the order they were set: the stream stays in order (the delay only changes between
    // measurements, with nothing in flight).
    upstream.on("data", (chunk: Buffer) => (latencyMs > 0 ? setTimeout(() => forward(chunk), latencyMs) : forward(chunk)));
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
    startCounting: (holdMs) => {
      trips = [];
      latencyMs = Math.max(baseLatencyMs, holdMs);
    },
    roundTrips: () => trips ?? [],
    stopCounting: () => {
      trips = null;
      latencyMs = baseLatencyMs;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
