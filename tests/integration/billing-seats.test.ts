// Seats follow the members: on a paid plan the Stripe subscription's quantity is the billable member count after
// every join, removal and role change (a job queued with the change), and `npm run jobs:billing-sync` (reconcileSeats) repairs what a failed
// update left behind. The real SDK, against a local capture server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as changeRoleRoute, DELETE as removeMemberRoute } from "../../app/api/organizations/current/members/[userId]/route";
import { stripeClient, stripeGateway } from "@/server/billing/gateway";
import { reconcileSeats } from "@/server/billing/seats";
import { db } from "@/server/db";
import { signUpUser, uniqueEmail } from "../support/factories";
import { call } from "../support/http";
import { accept, inviteAndReadToken } from "../support/invites";
import { runJobs } from "../support/jobs";
import { startStripeCapture, type StripeCapture } from "../support/stripe-capture";
import { memberOf } from "../support/tenants";

async function payingOrganization(seats: number) {
  const owner = await signUpUser();
  const subscriptionId = `sub_seats_${owner.organization.id}`;
  await db.subscription.create({
    data: {
      organizationId: owner.organization.id,
      plan: "pro",
      status: "active",
      seats,
      stripeCustomerId: `cus_${owner.organization.id}`,
      stripeSubscriptionId: subscriptionId,
      stripeItemId: `si_${owner.organization.id}`,
    },
  });
  return { owner, subscriptionId };
}

const seatsOf = async (organizationId: string) => (await db.subscription.findUniqueOrThrow({ where: { organizationId } })).seats;
/** The stored seats once the queued syncs have run (the worker's job, run here in-process). */
const seatsSynced = async (organizationId: string) => {
  await runJobs("billing-seat-sync");
  return seatsOf(organizationId);
};

describe("seats follow the members", () => {
  it("counts a join, a guest promoted and a removal through the queue, each in the transaction of its change (development gateway: no Stripe to call)", async () => {
    const { owner } = await payingOrganization(1);
    const email = uniqueEmail("joiner");
    const { token: inviteToken } = await inviteAndReadToken(owner.token, email);
    const joiner = await signUpUser({ email });
    await db.user.update({ where: { id: joiner.user.id }, data: { emailVerifiedAt: new Date() } });
    expect((await accept(joiner.token, inviteToken)).status).toBe(200);
    expect(await seatsSynced(owner.organization.id)).toBe(2);

    const guest = await memberOf(owner.organization.id, "GUEST");
    expect(await seatsSynced(owner.organization.id)).toBe(2);
    const promoted = await call(changeRoleRoute, "PATCH", "/", {
      token: owner.token,
      params: { userId: guest.user.id },
      body: { role: "MEMBER" },
    });
    expect(promoted.status).toBe(200);
    expect(await seatsSynced(owner.organization.id)).toBe(3);

    expect((await call(removeMemberRoute, "DELETE", "/", { token: owner.token, params: { userId: joiner.user.id } })).status).toBe(204);
    expect(await seatsSynced(owner.organization.id)).toBe(2);
  });
});

describe("npm run jobs:billing-sync", () => {
  let capture: StripeCapture;
  beforeAll(async () => {
    capture = await startStripeCapture();
  });
  afterAll(async () => {
    await capture.stop();
  });

  it("sets Stripe's quantity to the billable members where they differ, and leaves the rest alone", async () => {
    const gateway = stripeGateway(stripeClient("sk_test_capture", capture.url), {});
    const { owner, subscriptionId } = await payingOrganization(1);
    // Added behind billing's back (as a failed update would leave it): two members and a guest.
    await memberOf(owner.organization.id, "MEMBER");
    await memberOf(owner.organization.id, "ADMIN");
    await memberOf(owner.organization.id, "GUEST");
    await db.subscription.update({ where: { organizationId: owner.organization.id }, data: { seats: 1 } });
    capture.storeSubscription({ id: subscriptionId, object: "subscription" });
    capture.clear();

    const results = await reconcileSeats(db, gateway);
    expect(results.find((r) => r.organizationId === owner.organization.id)).toEqual({
      organizationId: owner.organization.id,
      from: 1,
      to: 3,
      outcome: "updated",
    });
    const update = capture.requests().find((request) => request.path === `/v1/subscriptions/${subscriptionId}`);
    expect(update).toMatchObject({
      method: "POST",
      form: { "items[0][id]": `si_${owner.organization.id}`, "items[0][quantity]": "3", proration_behavior: "create_prorations" },
    });
    expect(await seatsOf(owner.organization.id)).toBe(3);

    capture.clear();
    expect((await reconcileSeats(db, gateway)).find((r) => r.organizationId === owner.organization.id)!.outcome).toBe("unchanged");
    expect(capture.requests().filter((request) => request.path === `/v1/subscriptions/${subscriptionId}`)).toEqual([]);
  });

  it("reports a Stripe that does not answer as failed, keeps the drift visible, and repairs it on the next run", async () => {
    const gateway = stripeGateway(stripeClient("sk_test_capture", capture.url), {});
    const { owner, subscriptionId } = await payingOrganization(1);
    await memberOf(owner.organization.id, "MEMBER");
    await db.subscription.update({ where: { organizationId: owner.organization.id }, data: { seats: 1 } });
    capture.storeSubscription({ id: subscriptionId, object: "subscription" });
    // The SDK tries three times (maxNetworkRetries: 2): all three fail.
    capture.failNext(`/v1/subscriptions/${subscriptionId}`, 3);

    const failed = (await reconcileSeats(db, gateway)).find((r) => r.organizationId === owner.organization.id)!;
    expect(failed).toMatchObject({ outcome: "failed", from: 1, to: 2 });
    expect(await seatsOf(owner.organization.id)).toBe(1);
    expect((await reconcileSeats(db, gateway)).find((r) => r.organizationId === owner.organization.id)!.outcome).toBe("updated");
    expect(await seatsOf(owner.organization.id)).toBe(2);
  });
});
