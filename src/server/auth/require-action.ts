import "server-only";
import { redirect } from "next/navigation";
import type { Permission } from "@/lib/permissions";
import type { Result } from "@/server/http/result";
import { requirePermission } from "@/server/permissions";
import { getSessionContext, organizationChanged, orgContextOf, type OrgContext } from "./context";

/** The hidden field every tenant form carries: the organization the page was rendered for. */
export const RENDERED_ORGANIZATION_FIELD = "organizationId";

/**
 * For server actions that act in the active organization. Signed out → back to login. The form must carry the
 * organization it was rendered for: if another tab switched organization since, the action refuses (ORG_CHANGED)
 * instead of writing into the organization that happens to be active now.
 */
export async function requireOrgAction(formData: FormData, permission: Permission | null, next: string): Promise<Result<{ ctx: OrgContext }>> {
  const ctx = await getSessionContext();
  if (!ctx) redirect(`/auth/session-ended?next=${encodeURIComponent(next)}`);
  const rendered = formData.get(RENDERED_ORGANIZATION_FIELD);
  const orgCtx = orgContextOf(ctx);
  if (!orgCtx || rendered !== orgCtx.organization.id) return organizationChanged();
  if (permission) {
    const allowed = requirePermission(orgCtx, permission);
    if (!allowed.ok) return allowed;
  }
  return { ok: true, ctx: orgCtx };
}

