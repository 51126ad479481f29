import { json, noContent, orgRoute } from "@/server/http/declare-route";
import { deleteCustomRole, updateCustomRole } from "@/server/roles/mutations";
import { roleOperations } from "@/server/roles/operations";

export const PATCH = orgRoute(roleOperations.update, async ({ ctx, params, body, meta }) => {
  const result = await updateCustomRole(ctx, params.id, body, meta);
  return result.ok ? json({ role: result.role }) : result;
});

export const DELETE = orgRoute(roleOperations.delete, async ({ ctx, params, meta }) => {
  const result = await deleteCustomRole(ctx, params.id, meta);
  return result.ok ? noContent() : result;
});
