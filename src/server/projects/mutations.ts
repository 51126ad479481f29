import "server-only";
import type { CreateProjectInput, UpdateProjectInput } from "@/lib/validation/projects";
import { audit } from "@/server/audit/record";
import type { OrgContext } from "@/server/auth/context";
import type { RequestMeta } from "@/server/http/request-meta";
import type { Result } from "@/server/results/result";
import { limitReached } from "@/server/billing/entitlements";
import { lockBilling } from "@/server/billing/lock";
import { isId, newId } from "@/server/ids";
import { withTenant } from "@/server/tenant/scope";
import { projectColumns, projectSelect, type ProjectDto } from "./dto";
import { projectNotFound } from "./queries";

type ProjectColumns = Omit<ProjectDto, "createdBy">;

/**
 * Creates a project, within the plan's project limit: the count and the INSERT are one statement, behind the
 * organization's billing lock, so concurrent creates cannot pass the limit together and the write costs no extra
 * round trip. Without a limit it is a plain INSERT.
 */
export async function createProject(
  ctx: OrgContext,
  input: CreateProjectInput,
  meta: RequestMeta,
): Promise<Result<{ project: ProjectDto }>> {
  const limit = ctx.entitlements.limits.projects;
  return withTenant(ctx, async (tx) => {
    const data = {
      organizationId: ctx.organization.id,
      createdById: ctx.user?.id ?? null,
      name: input.name,
      description: input.description,
    };
    let created: ProjectColumns | undefined;
    if (limit === null) {
      // The creator is the caller (none for an API key): selecting the relation would cost a second statement.
      created = await tx.project.create({ data, select: projectColumns });
    } else {
      await lockBilling(tx, ctx.organization.id);
      const now = new Date();
      [created] = await tx.$queryRaw<ProjectColumns[]>`
        INSERT INTO "Project" (id, "organizationId", "createdById", name, description, "createdAt", "updatedAt")
        SELECT ${newId()}, ${data.organizationId}, ${data.createdById}, ${data.name}, ${data.description ?? ""}, ${now}, ${now}
        WHERE (SELECT count(*) FROM "Project" WHERE "organizationId" = ${data.organizationId}) < ${limit}
        RETURNING id, name, description, "createdAt", "updatedAt"`;
      if (!created) return limitReached(ctx, "projects");
    }
    await audit(tx, ctx, meta, {
      action: "project.created",
      metadata: { name: created.name },
      targetType: "project",
      targetId: created.id,
    });
    return { ok: true as const, project: { ...created, createdBy: ctx.user && { id: ctx.user.id, name: ctx.user.name } } };
  });
}

export async function updateProject(
  ctx: OrgContext,
  id: string,
  input: UpdateProjectInput,
  meta: RequestMeta,
): Promise<Result<{ project: ProjectDto }>> {
  if (!isId(id)) return projectNotFound();
  return withTenant(ctx, async (tx) => {
    const before = await tx.project.findFirst({
      where: { id, organizationId: ctx.organization.id },
      select: { name: true, description: true },
    });
    if (!before) return projectNotFound();
    const project = await tx.project.update({ where: { id, organizationId: ctx.organization.id }, data: input, select: projectSelect });
    // Which fields changed, with the old and new name; descriptions can be long, so only that one changed.
    const changes: Record<string, { from: string; to: string } | true> = {};
    if (input.name !== undefined && input.name !== before.name) changes.name = { from: before.name, to: input.name };
    if (input.description !== undefined && input.description !== before.description) changes.description = true;
    await audit(tx, ctx, meta, {
      action: "project.updated",
      metadata: { name: project.name, changes },
      targetType: "project",
      targetId: id,
    });
    return { ok: true as const, project };
  });
}

export async function deleteProject(ctx: OrgContext, id: string, meta: RequestMeta): Promise<Result<object>> {
  if (!isId(id)) return projectNotFound();
  return withTenant(ctx, async (tx) => {
    const deleted = await tx.project.findFirst({ where: { id, organizationId: ctx.organization.id }, select: { name: true } });
    if (!deleted) return projectNotFound();
    await tx.project.delete({ where: { id, organizationId: ctx.organization.id } });
    await audit(tx, ctx, meta, { action: "project.deleted", metadata: { name: deleted.name }, targetType: "project", targetId: id });
    return { ok: true as const };
  });
}
