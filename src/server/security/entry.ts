import "server-only";
import { secondFactorRequiredFailure, ssoRequiredFailure, type SessionContext } from "@/server/auth/context";
import { meetsTwoFactorPolicy } from "@/server/auth/step-up";
import { recordAudit } from "@/server/audit/record";
import type { Role, Tx } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import type { Failure } from "@/server/results/result";
import { SSO_REQUIRED_OF_USER } from "@/server/sso/policy-sql";

type Viewer = Pick<SessionContext, "user" | "session">;
type Signer = { user: { id: string; email: string }; session: { ssoOrganizationId: string | null } };
type Organization = { id: string; name: string; slug: string };
/** A refusal (the session stays out), or the way in: `breakGlass` when an owner enters past "require SSO". */
export type Entry = { refused: Failure | null; breakGlass: boolean };

/**
 * What an organization's policy asks of a person about to enter it with a role (switching to it, accepting an
 * invitation, joining by domain), asked in the database: the context query asks the same of every request, so these
 * refusals only spare a session a move into an organization it could not use.
 */
export async function checkEntry(client: Pick<Tx, "$queryRaw">, viewer: Viewer, organization: Organization, role: Role): Promise<Entry> {
  const policy = await entryPolicy(client, viewer, organization.id);
  if (policy.requireTwoFactor && !meetsTwoFactorPolicy(viewer))
    return { refused: secondFactorRequiredFailure({ ...viewer, organization }), breakGlass: false };
  if (policy.ssoApplies && role !== "OWNER") return { refused: ssoRequiredFailure(organization), breakGlass: false };
  return { refused: null, breakGlass: policy.ssoApplies };
}

/** Whether an owner without SSO in this session enters the organization by break-glass (an owner's sign-in asks). */
export async function entersByBreakGlass(
  client: Pick<Tx, "$queryRaw">,
  signer: Signer,
  organizationId: string,
  role: Role,
): Promise<boolean> {
  return role === "OWNER" && (await entryPolicy(client, signer, organizationId)).ssoApplies;
}

/**
 * Owners keep their password where the organization requires single sign-on, so that a broken identity provider
 * cannot lock the organization out: every such way in (checkEntry's `breakGlass`) is written to its audit log.
 */
export async function auditBreakGlass(tx: Tx, viewer: Signer, organizationId: string, meta: RequestMeta): Promise<void> {
  await recordAudit(tx, {
    organizationId,
    actorId: viewer.user.id,
    action: "sso.break_glass_used",
    targetType: "user",
    targetId: viewer.user.id,
    metadata: { email: viewer.user.email },
    meta,
  });
}

async function entryPolicy(
  client: Pick<Tx, "$queryRaw">,
  viewer: Signer,
  organizationId: string,
): Promise<{ requireTwoFactor: boolean; ssoApplies: boolean }> {
  const [row] = await client.$queryRaw<{ requireTwoFactor: boolean; ssoApplies: boolean }[]>`
    SELECT o."requireTwoFactor",
           (o."requireSso" AND ${viewer.session.ssoOrganizationId}::text IS DISTINCT FROM o.id AND ${SSO_REQUIRED_OF_USER}) AS "ssoApplies"
    FROM "Organization" o CROSS JOIN (SELECT ${viewer.user.email}::text AS email) u
    WHERE o.id = ${organizationId}`;
  return row ?? { requireTwoFactor: false, ssoApplies: false };
}
