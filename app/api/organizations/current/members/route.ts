import { json, orgRoute } from "@/server/http/declare-route";
import { memberOperations } from "@/server/members/operations";
import { listMembers } from "@/server/members/queries";

export const GET = orgRoute(memberOperations.list, async ({ ctx, query }) => json(await listMembers(ctx, query)));
