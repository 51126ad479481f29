import { NextResponse } from "next/server";
import { updateProjectSchema } from "@/lib/validation/projects";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { deleteProject, updateProject } from "@/server/projects/mutations";
import { getProject } from "@/server/projects/queries";

type Params = { id: string };

export const GET = apiRoute<Params>(async (request, { params }) => {
  const auth = await requireOrgContext(request, "projects.read");
  if (!auth.ok) return errorResponse(auth);

  const result = await getProject(auth.ctx, (await params).id);
  return result.ok ? NextResponse.json({ project: result.project }) : errorResponse(result);
});

export const PATCH = apiRoute<Params>(async (request, { params }) => {
  const auth = await requireOrgContext(request, "projects.update");
  if (!auth.ok) return errorResponse(auth);
  const body = await readJsonBody(request, updateProjectSchema);
  if (!body.ok) return errorResponse(body);

  const result = await updateProject(auth.ctx, (await params).id, body.data, requestMeta(request.headers));
  return result.ok ? NextResponse.json({ project: result.project }) : errorResponse(result);
});

export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const auth = await requireOrgContext(request, "projects.delete");
  if (!auth.ok) return errorResponse(auth);

  const result = await deleteProject(auth.ctx, (await params).id, requestMeta(request.headers));
  return result.ok ? new NextResponse(null, { status: 204 }) : errorResponse(result);
});
