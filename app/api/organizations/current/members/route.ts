import { NextResponse } from "next/server";
import { listMembersQuery } from "@/lib/validation/members";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readQuery } from "@/server/http/query";
import { apiRoute } from "@/server/http/route";
import { listMembers } from "@/server/members/queries";

/** Every member may see who else is in the organization. */
export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request);
  if (!auth.ok) return errorResponse(auth);
  const query = readQuery(request, listMembersQuery);
  if (!query.ok) return errorResponse(query);

  return NextResponse.json(await listMembers(auth.ctx, query.data));
});
