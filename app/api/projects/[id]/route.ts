import { json, noContent, orgRoute } from "@/server/http/declare-route";
import { deleteProject, updateProject } from "@/server/projects/mutations";
import { projectOperations } from "@/server/projects/operations";
import { getProject } from "@/server/projects/queries";

export const GET = orgRoute(projectOperations.read, async ({ ctx, params }) => {
  const result = await getProject(ctx, params.id);
  return result.ok ? json({ project: result.project }) : result;
});

export const PATCH = orgRoute(projectOperations.update, async ({ ctx, params, body, meta }) => {
  const result = await updateProject(ctx, params.id, body, meta);
  return result.ok ? json({ project: result.project }) : result;
});

export const DELETE = orgRoute(projectOperations.delete, async ({ ctx, params, meta }) => {
  const result = await deleteProject(ctx, params.id, meta);
  return result.ok ? noContent() : result;
});
