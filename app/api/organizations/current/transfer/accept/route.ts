import { json, orgRoute } from "@/server/http/declare-route";
import { acceptTransfer } from "@/server/ownership/accept-transfer";
import { ownershipOperations } from "@/server/ownership/operations";

/** The nominee accepts: they become OWNER and the nominating owner ADMIN, at once. Anyone else: 404. */
export const POST = orgRoute(ownershipOperations.accept, async ({ ctx, meta }) => {
  const result = await acceptTransfer(ctx, meta);
  return result.ok ? json({ organization: result.organization, role: result.role }) : result;
});
