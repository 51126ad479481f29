import "server-only";
import { pageArgs, pageOf } from "@/server/pagination";
import type { OrgContext } from "@/server/auth/context";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import { literalContains } from "@/server/like-pattern";
import { readTenant } from "@/server/tenant/scope";
import { projectSelect, type ProjectDto } from "./dto";

export type ProjectPage = { projects: ProjectDto[]; nextCursor: string | null };

/** The organization's projects, newest first; `q` matches names. Cursor pagination keeps long lists fast. */
export async function listProjects(ctx: OrgContext, options: { q?: string; cursor?: string; limit: number }): Promise<ProjectPage> {
  const projects = await readTenant(ctx, (tx) =>
    tx.project.findMany({
      where: {
        organizationId: ctx.organization.id,
        ...(options.q ? { name: { contains: literalContains(options.q), mode: "insensitive" as const } } : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(options),
      // One query with joins for the nested relations, instead of one more round trip per relation.
      relationLoadStrategy: "join",
      select: projectSelect,
    }),
  );
  const { page, nextCursor } = pageOf(projects, options.limit);
  return { projects: page, nextCursor };
}

/** One project of the organization; another organization's project is "not found", exactly like a missing one. */
export async function getProject(ctx: OrgContext, id: string): Promise<Result<{ project: ProjectDto }>> {
  if (!isId(id)) return projectNotFound();
  const project = await readTenant(ctx, (tx) =>
    tx.project.findFirst({ where: { id, organizationId: ctx.organization.id }, select: projectSelect }),
  );
  return project ? { ok: true, project } : projectNotFound();
}

export function projectNotFound() {
  return fail("NOT_FOUND", "Project not found.");
}
