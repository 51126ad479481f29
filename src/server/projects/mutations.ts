import "server-only";
import type { CreateProjectInput, UpdateProjectInput } from "@/lib/validation/projects";
import type { OrgContext } from "@/server/auth/context";
import type { Result } from "@/server/http/result";
import { isId } from "@/server/ids";
import { isRecordNotFound } from "@/server/prisma-errors";
import { withTenant } from "@/server/tenant/scope";
import { projectSelect, type ProjectDto } from "./dto";
import { projectNotFound } from "./queries";

export async function createProject(ctx: OrgContext, input: CreateProjectInput): Promise<ProjectDto> {
  return withTenant(ctx, (tx) =>
    tx.project.create({
      data: { organizationId: ctx.organization.id, createdById: ctx.user.id, name: input.name, description: input.description },
      select: projectSelect,
    }),
  );
}

export async function updateProject(ctx: OrgContext, id: string, input: UpdateProjectInput): Promise<Result<{ project: ProjectDto }>> {
  if (!isId(id)) return projectNotFound();
  try {
    const project = await withTenant(ctx, (tx) =>
      tx.project.update({ where: { id, organizationId: ctx.organization.id }, data: input, select: projectSelect }),
    );
    return { ok: true, project };
  } catch (error) {
    if (isRecordNotFound(error)) return projectNotFound();
    throw error;
  }
}

export async function deleteProject(ctx: OrgContext, id: string): Promise<Result<object>> {
  if (!isId(id)) return projectNotFound();
  const { count } = await withTenant(ctx, (tx) => tx.project.deleteMany({ where: { id, organizationId: ctx.organization.id } }));
  return count === 1 ? { ok: true } : projectNotFound();
}
