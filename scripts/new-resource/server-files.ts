import type { Names } from "./names";

// The data layer of a generated resource: validation, DTO, queries, mutations and the operations that route
// handlers and server actions declare. The shapes are app/api/projects and src/server/projects, less the plan limit.

export function validationFile(n: Names): string {
  return `import { z } from "zod";
import { displayText, multilineText, pageQuery, searchText } from "./fields";

const name = displayText("${n.article} ${n.label} name", 100);
const description = multilineText("the description", 2000);

export const create${n.Model}Schema = z.strictObject({
  name,
  description: description.optional().default(""),
});
export type Create${n.Model}Input = z.infer<typeof create${n.Model}Schema>;

export const update${n.Model}Schema = z
  .strictObject({ name: name.optional(), description: description.optional() })
  .refine((input) => input.name !== undefined || input.description !== undefined, "Send a name or a description to change.");
export type Update${n.Model}Input = z.infer<typeof update${n.Model}Schema>;

export const list${n.Models}Query = z.object({
  q: searchText().optional(),
  ...pageQuery,
});
`;
}

export function dtoFile(n: Names): string {
  return `import "server-only";
import type { Prisma } from "@/server/db";

/** ${cap(n.article)} ${n.label}'s own columns that leave the server. */
export const ${n.model}Columns = { id: true, name: true, description: true, createdAt: true, updatedAt: true } satisfies Prisma.${n.Model}Select;

/** What leaves the server for ${n.article} ${n.label}: never the raw row (its organizationId stays here). */
export const ${n.model}Select = { ...${n.model}Columns, createdBy: { select: { id: true, name: true } } } satisfies Prisma.${n.Model}Select;

export type ${n.Model}Dto = Prisma.${n.Model}GetPayload<{ select: typeof ${n.model}Select }>;
`;
}

export function queriesFile(n: Names): string {
  return `import "server-only";
import type { OrgContext } from "@/server/auth/context";
import { isId } from "@/server/ids";
import { literalContains } from "@/server/like-pattern";
import { pageArgs, pageOf } from "@/server/pagination";
import { fail, type Result } from "@/server/results/result";
import { readTenant } from "@/server/tenant/scope";
import { ${n.model}Select, type ${n.Model}Dto } from "./dto";

export type ${n.Model}Page = { ${n.models}: ${n.Model}Dto[]; nextCursor: string | null };

/** The organization's ${n.labels}, newest first; \`q\` matches names. Keyset pagination keeps long lists fast. */
export async function list${n.Models}(ctx: OrgContext, options: { q?: string; cursor?: string; limit: number }): Promise<${n.Model}Page> {
  const rows = await readTenant(ctx, (tx) =>
    tx.${n.model}.findMany({
      where: {
        organizationId: ctx.organization.id,
        ...(options.q ? { name: { contains: literalContains(options.q), mode: "insensitive" as const } } : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(options),
      // One query with joins for the creator, instead of one more round trip.
      relationLoadStrategy: "join",
      select: ${n.model}Select,
    }),
  );
  const { page, nextCursor } = pageOf(rows, options.limit);
  return { ${n.models}: page, nextCursor };
}

/** One ${n.label} of the organization; another organization's is "not found", exactly like a missing one. */
export async function get${n.Model}(ctx: OrgContext, id: string): Promise<Result<{ ${n.model}: ${n.Model}Dto }>> {
  if (!isId(id)) return ${n.model}NotFound();
  const ${n.model} = await readTenant(ctx, (tx) => tx.${n.model}.findFirst({ where: { id, organizationId: ctx.organization.id }, select: ${n.model}Select }));
  return ${n.model} ? { ok: true, ${n.model} } : ${n.model}NotFound();
}

export function ${n.model}NotFound() {
  return fail("NOT_FOUND", "${n.Label} not found.");
}
`;
}

export function mutationsFile(n: Names): string {
  return `import "server-only";
import type { Create${n.Model}Input, Update${n.Model}Input } from "@/lib/validation/${n.slug}";
import { audit } from "@/server/audit/record";
import type { OrgContext } from "@/server/auth/context";
import type { RequestMeta } from "@/server/http/request-meta";
import { isId } from "@/server/ids";
import type { Result } from "@/server/results/result";
import { withTenant } from "@/server/tenant/scope";
import { ${n.model}Columns, ${n.model}Select, type ${n.Model}Dto } from "./dto";
import { ${n.model}NotFound } from "./queries";

// Each change and its audit event commit together, or neither does (withTenant is one transaction).

export async function create${n.Model}(ctx: OrgContext, input: Create${n.Model}Input, meta: RequestMeta): Promise<Result<{ ${n.model}: ${n.Model}Dto }>> {
  return withTenant(ctx, async (tx) => {
    // The creator is the caller (none for an API key): selecting the relation would cost a second statement.
    const created = await tx.${n.model}.create({
      data: { organizationId: ctx.organization.id, createdById: ctx.user?.id ?? null, name: input.name, description: input.description },
      select: ${n.model}Columns,
    });
    await audit(tx, ctx, meta, { action: "${n.action}.created", targetType: "${n.action}", targetId: created.id, metadata: { name: created.name } });
    return { ok: true as const, ${n.model}: { ...created, createdBy: ctx.user && { id: ctx.user.id, name: ctx.user.name } } };
  });
}

export async function update${n.Model}(ctx: OrgContext, id: string, input: Update${n.Model}Input, meta: RequestMeta): Promise<Result<{ ${n.model}: ${n.Model}Dto }>> {
  if (!isId(id)) return ${n.model}NotFound();
  return withTenant(ctx, async (tx) => {
    const before = await tx.${n.model}.findFirst({ where: { id, organizationId: ctx.organization.id }, select: { name: true, description: true } });
    if (!before) return ${n.model}NotFound();
    const ${n.model} = await tx.${n.model}.update({ where: { id, organizationId: ctx.organization.id }, data: input, select: ${n.model}Select });
    // Which fields changed, with the old and new name; descriptions can be long, so only that one changed.
    const changes: Record<string, { from: string; to: string } | true> = {};
    if (input.name !== undefined && input.name !== before.name) changes.name = { from: before.name, to: input.name };
    if (input.description !== undefined && input.description !== before.description) changes.description = true;
    await audit(tx, ctx, meta, { action: "${n.action}.updated", targetType: "${n.action}", targetId: id, metadata: { name: ${n.model}.name, changes } });
    return { ok: true as const, ${n.model} };
  });
}

export async function delete${n.Model}(ctx: OrgContext, id: string, meta: RequestMeta): Promise<Result<object>> {
  if (!isId(id)) return ${n.model}NotFound();
  return withTenant(ctx, async (tx) => {
    const deleted = await tx.${n.model}.findFirst({ where: { id, organizationId: ctx.organization.id }, select: { name: true } });
    if (!deleted) return ${n.model}NotFound();
    await tx.${n.model}.delete({ where: { id, organizationId: ctx.organization.id } });
    await audit(tx, ctx, meta, { action: "${n.action}.deleted", targetType: "${n.action}", targetId: id, metadata: { name: deleted.name } });
    return { ok: true as const };
  });
}
`;
}

export function operationsFile(n: Names): string {
  return `import "server-only";
import { create${n.Model}Schema, list${n.Models}Query, update${n.Model}Schema } from "@/lib/validation/${n.slug}";
import type { OrgOperation } from "@/server/http/operation";

/** Each ${n.label} operation's permission and input, shared by app/api/${n.slug} and the dashboard's forms. */
export const ${n.model}Operations = {
  list: { permission: "${n.perm}.read", query: list${n.Models}Query },
  read: { permission: "${n.perm}.read", params: ["id"] },
  create: { permission: "${n.perm}.create", body: create${n.Model}Schema },
  update: { permission: "${n.perm}.update", body: update${n.Model}Schema, params: ["id"] },
  delete: { permission: "${n.perm}.delete", params: ["id"] },
} as const satisfies Record<string, OrgOperation>;
`;
}

export function collectionRouteFile(n: Names): string {
  return `import { json, orgRoute } from "@/server/http/declare-route";
import { create${n.Model} } from "@/server/${n.slug}/mutations";
import { ${n.model}Operations } from "@/server/${n.slug}/operations";
import { list${n.Models} } from "@/server/${n.slug}/queries";

export const GET = orgRoute(${n.model}Operations.list, async ({ ctx, query }) => json(await list${n.Models}(ctx, query)));

export const POST = orgRoute(${n.model}Operations.create, async ({ ctx, body, meta }) => {
  const created = await create${n.Model}(ctx, body, meta);
  return created.ok ? json({ ${n.model}: created.${n.model} }, 201) : created;
});
`;
}

export function itemRouteFile(n: Names): string {
  return `import { json, noContent, orgRoute } from "@/server/http/declare-route";
import { delete${n.Model}, update${n.Model} } from "@/server/${n.slug}/mutations";
import { ${n.model}Operations } from "@/server/${n.slug}/operations";
import { get${n.Model} } from "@/server/${n.slug}/queries";

export const GET = orgRoute(${n.model}Operations.read, async ({ ctx, params }) => {
  const result = await get${n.Model}(ctx, params.id);
  return result.ok ? json({ ${n.model}: result.${n.model} }) : result;
});

export const PATCH = orgRoute(${n.model}Operations.update, async ({ ctx, params, body, meta }) => {
  const result = await update${n.Model}(ctx, params.id, body, meta);
  return result.ok ? json({ ${n.model}: result.${n.model} }) : result;
});

export const DELETE = orgRoute(${n.model}Operations.delete, async ({ ctx, params, meta }) => {
  const result = await delete${n.Model}(ctx, params.id, meta);
  return result.ok ? noContent() : result;
});
`;
}

export function cap(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}
