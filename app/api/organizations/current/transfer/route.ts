import { json, noContent, orgRoute } from "@/server/http/declare-route";
import { ownershipOperations } from "@/server/ownership/operations";
import { pendingTransferFor } from "@/server/ownership/queries";
import { closeTransfer, requestTransfer } from "@/server/ownership/transfer-requests";

/** The nomination waiting for its nominee, or null: every member may know. */
export const GET = orgRoute(ownershipOperations.read, async ({ ctx }) => json({ transfer: await pendingTransferFor(ctx) }));

/** An owner nominates a member as owner; it replaces any waiting nomination. OWNER by base role, else 403. */
export const POST = orgRoute(ownershipOperations.request, async ({ ctx, body, meta }) => {
  const result = await requestTransfer(ctx, { userId: body.userId }, meta);
  return result.ok ? json({ transfer: result.transfer }, 201) : result;
});

/** An owner cancels the nomination, or the nominee declines it. */
export const DELETE = orgRoute(ownershipOperations.close, async ({ ctx, meta }) => {
  const result = await closeTransfer(ctx, meta);
  return result.ok ? noContent() : result;
});
