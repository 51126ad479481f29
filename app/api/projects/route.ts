import { json, orgRoute } from "@/server/http/declare-route";
import { createProject } from "@/server/projects/mutations";
import { projectOperations } from "@/server/projects/operations";
import { listProjects } from "@/server/projects/queries";

export const GET = orgRoute(projectOperations.list, async ({ ctx, query }) => json(await listProjects(ctx, query)));

export const POST = orgRoute(projectOperations.create, async ({ ctx, body, meta }) => {
  const created = await createProject(ctx, body, meta);
  return created.ok ? json({ project: created.project }, 201) : created;
});
