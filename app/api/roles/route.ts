import { json, orgRoute } from "@/server/http/declare-route";
import { createCustomRole } from "@/server/roles/mutations";
import { roleOperations } from "@/server/roles/operations";
import { listCustomRoles } from "@/server/roles/queries";

export const GET = orgRoute(roleOperations.list, async ({ ctx }) => json({ roles: await listCustomRoles(ctx) }));

export const POST = orgRoute(roleOperations.create, async ({ ctx, body, meta }) => {
  const result = await createCustomRole(ctx, body, meta);
  return result.ok ? json({ role: result.role }, 201) : result;
});
