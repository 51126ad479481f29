import { formatDate } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/permissions";
import type { MemberContext } from "@/server/auth/context";
import { pendingTransferFor, transferCandidates, type TransferDto } from "@/server/ownership/queries";
import { TRANSFER_EXPIRY_DAYS } from "@/server/ownership/transfer-requests";
import { OwnershipTransferPanel, type TransferView } from "./transfer-panel";

const CARD = "rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900";

/** What the browser needs of a nomination: names, and the date already formatted on the server (UTC). */
export function transferView(transfer: TransferDto): TransferView {
  return {
    from: { id: transfer.from.id, name: transfer.from.name },
    to: { id: transfer.to.id, name: transfer.to.name },
    expiresOn: formatDate(transfer.expiresAt),
  };
}

/**
 * The settings page's Ownership card, for everyone who can open settings: owners nominate a member or cancel the
 * waiting nomination, its nominee accepts or declines, others see that one is waiting.
 */
export async function OwnershipTransferSection({ ctx }: { ctx: MemberContext }) {
  const owner = ctx.role === "OWNER";
  const [transfer, candidates] = await Promise.all([pendingTransferFor(ctx), owner ? transferCandidates(ctx) : Promise.resolve([])]);
  return (
    <section aria-labelledby="ownership-heading" className={CARD}>
      <h2 id="ownership-heading" className="mb-4 font-medium">
        Ownership
      </h2>
      <OwnershipTransferPanel
        organization={{ id: ctx.organization.id, name: ctx.organization.name }}
        viewerId={ctx.user.id}
        owner={owner}
        transfer={transfer ? transferView(transfer) : null}
        candidates={candidates?.map((c) => ({ id: c.id, name: c.name, label: `${c.name} (${c.email}) · ${ROLE_LABELS[c.role]}` })) ?? null}
        expiryDays={TRANSFER_EXPIRY_DAYS}
      />
    </section>
  );
}
