import "server-only";
import { acceptInviteSchema, createInviteLinkSchema, createInviteSchema } from "@/lib/validation/invites";
import type { Operation, OrgOperation } from "@/server/http/operation";

/** Invitations and invite links: shared by app/api/invites, app/api/invite-links and the members page's forms. */
export const inviteOperations = {
  list: { permission: "members.invite" },
  create: { permission: "members.invite", body: createInviteSchema },
  resend: { permission: "members.invite", params: ["id"] },
  revoke: { permission: "members.invite", params: ["id"] },
  listLinks: { permission: "members.invite" },
  createLink: { permission: "members.invite", feature: "invite-links", body: createInviteLinkSchema },
  revokeLink: { permission: "members.invite", params: ["id"] },
} as const satisfies Record<string, OrgOperation>;

/** Accepting needs only a signed-in account: the token is the invitation, and the service checks it is theirs. */
export const acceptInviteOperation = { body: acceptInviteSchema } as const satisfies Operation;
