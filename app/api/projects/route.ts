import { NextResponse } from "next/server";
import { createProjectSchema, listProjectsQuery } from "@/lib/validation/projects";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/json-body";
import { readQuery } from "@/server/http/query";
import { requestMeta } from "@/server/http/request-meta";
import { apiRoute } from "@/server/http/route";
import { createProject } from "@/server/projects/mutations";
import { listProjects } from "@/server/projects/queries";

export const GET = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "projects.read");
  if (!auth.ok) return errorResponse(auth);
  const query = readQuery(request, listProjectsQuery);
  if (!query.ok) return errorResponse(query);

  return NextResponse.json(await listProjects(auth.ctx, query.data));
});

export const POST = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "projects.create");
  if (!auth.ok) return errorResponse(auth);
  const body = await readJsonBody(request, createProjectSchema);
  if (!body.ok) return errorResponse(body);

  return NextResponse.json({ project: await createProject(auth.ctx, body.data, requestMeta(request.headers)) }, { status: 201 });
});
