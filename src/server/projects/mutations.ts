import "server-only";
import type { CreateProjectInput, UpdateProjectInput } from "@/lib/validation/projects";
import { recordAudit } from "@/server/audit/record";
import type { OrgContext } from "@/server/auth/context";
import type { RequestMeta } from "@/server/http/request-meta";
import type { Result } from "@/server/http/result";
import { isId } from "@/server/ids";
import { withTenant } from "@/server/tenant/scope";
import { projectColumns, projectSelect, type ProjectDto } from "./dto";
import { projectNotFound } from "./queries";

export async function createProject(ctx: OrgContext, input: CreateProjectInput, meta: RequestMeta): Promise<ProjectDto> {
  return withTenant(ctx, async (tx) => {
    const created = await tx.project.create({
      data: { organizationId: ctx.organization.id, createdById: ctx.user.id, name: input.name, description: input.description },
      // The creator is the caller: selecting the relation would cost a second statement after the INSERT.
      select: projectColumns,
    });
    await recordAudit(tx, { ...audit(ctx, created.id, meta), action: "project.created", metadata: { name: created.name } });
    return { ...created, createdBy: { id: ctx.user.id, name: ctx.user.name } };
  });
}

export async function updateProject(ctx: OrgContext, id: string, input: UpdateProjectInput, meta: RequestMeta): Promise<Result<{ project: ProjectDto }>> {
  if (!isId(id)) return projectNotFound();
  return withTenant(ctx, async (tx) => {
    const before = await tx.project.findFirst({ where: { id, organizationId: ctx.organization.id }, select: { name: true, description: true } });
    if (!before) return projectNotFound();
    const project = await tx.project.update({ where: { id, organizationId: ctx.organization.id }, data: input, select: projectSelect });
    // Which fields changed, with the old and new name; descriptions can be long, so only that one changed.
    const changes: Record<string, { from: string; to: string } | true> = {};
    if (input.name !== undefined && input.name !== before.name) changes.name = { from: before.name, to: input.name };
    if (input.description !== undefined && input.description !== before.description) changes.description = true;
    await recordAudit(tx, { ...audit(ctx, id, meta), action: "project.updated", metadata: { name: project.name, changes } });
    return { ok: true as const, project };
  });
}

export async function deleteProject(ctx: OrgContext, id: string, meta: RequestMeta): Promise<Result<object>> {
  if (!isId(id)) return projectNotFound();
  return withTenant(ctx, async (tx) => {
    const deleted = await tx.project.findFirst({ where: { id, organizationId: ctx.organization.id }, select: { name: true } });
    if (!deleted) return projectNotFound();
    await tx.project.delete({ where: { id, organizationId: ctx.organization.id } });
    await recordAudit(tx, { ...audit(ctx, id, meta), action: "project.deleted", metadata: { name: deleted.name } });
    return { ok: true as const };
  });
}

function audit(ctx: OrgContext, projectId: string, meta: RequestMeta) {
  return { organizationId: ctx.organization.id, actorId: ctx.user.id, targetType: "project" as const, targetId: projectId, meta };
}
