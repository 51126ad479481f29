import "server-only";
import { recordAudit } from "@/server/audit/record";
import type { MemberContext } from "@/server/auth/context";
import type { Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";

type TransferAction =
  "ownership.transfer_requested" | "ownership.transfer_cancelled" | "ownership.transfer_declined" | "ownership.transferred";

/** Every ownership event is about the nomination (its id outlives the row) and names both people. */
export function auditTransfer(
  tx: Tx,
  ctx: MemberContext,
  action: TransferAction,
  transferId: string,
  metadata: { fromUserId: string; toUserId: string } & Record<string, string>,
  meta: RequestMeta,
) {
  return recordAudit(tx, {
    organizationId: ctx.organization.id,
    actorId: ctx.user.id,
    action,
    targetType: "ownership_transfer",
    targetId: transferId,
    metadata,
    meta,
  });
}
