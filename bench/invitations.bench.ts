// npm run bench: what an invitation costs. Prints the database statements of each invitation request, then times
// sending one (rate limits, RLS transaction, React Email rendering, the Resend SDK to a local capture server) and
// accepting one (guarded UPDATE, membership, audit event, session switch). Numbers, not assertions.
import { bench, describe } from "vitest";
import { POST as acceptRoute } from "../app/api/invites/accept/route";
import { GET as listInvitesRoute, POST as inviteRoute } from "../app/api/invites/route";
import { db, queryCounter } from "@/server/db";
import { signUpUser, uniqueEmail } from "../tests/support/factories";
import { call } from "../tests/support/http";
import { inviteAndReadToken } from "../tests/support/invites";

const RUNS = 40;

async function roundTrips(label: string, send: () => Promise<Response>) {
  const before = queryCounter.count;
  const response = await send();
  console.log(`  ${label.padEnd(34)} ${String(queryCounter.count - before).padStart(2)} statements  (HTTP ${response.status})`);
}

const owner = await signUpUser({ organizationName: "Invitation Bench" });
const invitee = await signUpUser({ organizationName: "Invitee's own" });
const { token: inviteToken } = await inviteAndReadToken(owner.token, invitee.user.email);
console.log("\nDatabase statements per invitation request (BEGIN and COMMIT count):");
await roundTrips("POST /api/invites", () =>
  call(inviteRoute, "POST", "/", { token: owner.token, body: { email: uniqueEmail(), role: "MEMBER" } }),
);
await roundTrips("GET /api/invites", () => call(listInvitesRoute, "GET", "/", { token: owner.token }));
await roundTrips("POST /api/invites/accept", () => call(acceptRoute, "POST", "/", { token: invitee.token, body: { token: inviteToken } }));

// Each sender stays under the hourly limits (20 per inviter, 50 per organization): one organization per 20 runs.
const senders: Array<Awaited<ReturnType<typeof signUpUser>>> = [];
for (let i = 0; i < RUNS / 20; i++) senders.push(await signUpUser({ organizationName: `Sender ${i}` }));
let sent = 0;

// Every accept needs its own invitation and invitee, made before timing starts.
const accepts: Array<{ sessionToken: string; inviteToken: string }> = [];
for (let i = 0; i < RUNS; i++) {
  if (i % 20 === 0) await db.rateLimitBucket.deleteMany();
  const joiner = await signUpUser({ organizationName: `Joiner ${i}` });
  const { token } = await inviteAndReadToken(senders[0]!.token, joiner.user.email);
  accepts.push({ sessionToken: joiner.token, inviteToken: token });
}
await db.rateLimitBucket.deleteMany();

describe("invitations", () => {
  bench(
    "POST /api/invites: rate limits, RLS transaction, email rendered and sent to a local Resend stand-in",
    async () => {
      const sender = senders[Math.floor(sent++ / 20) % senders.length]!;
      const response = await call(inviteRoute, "POST", "/", { token: sender.token, body: { email: uniqueEmail(), role: "MEMBER" } });
      if (response.status !== 201) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    },
    { iterations: RUNS, time: 0, warmupIterations: 0, warmupTime: 0 },
  );

  bench(
    "POST /api/invites/accept: guarded UPDATE, membership, audit event, session moved",
    async () => {
      const next = accepts.pop();
      if (!next) throw new Error("out of prepared invitations");
      const response = await call(acceptRoute, "POST", "/", { token: next.sessionToken, body: { token: next.inviteToken } });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    },
    { iterations: RUNS, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
