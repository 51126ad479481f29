import "server-only";
import { z } from "zod";
import { recordAudit } from "@/server/audit/record";
import { db, type Tx } from "@/server/db";
import { isUniqueViolation } from "@/server/prisma-errors";
import { enterTenant, readTenant } from "@/server/tenant/scope";
import { ScimError, type ScimContext } from "./http";
import { equalityFilter, groupResource, pageOf, patchOperations, type DirectoryGroupRow } from "./resources";
import { syncMappedRoles } from "./roles";

const groupSelect = {
  id: true,
  externalId: true,
  displayName: true,
  customRoleId: true,
  createdAt: true,
  updatedAt: true,
  members: { select: { directoryUserId: true, directoryUser: { select: { userName: true } } } },
} as const;

type Row = {
  id: string;
  externalId: string | null;
  displayName: string;
  customRoleId: string | null;
  createdAt: Date;
  updatedAt: Date;
  members: { directoryUserId: string; directoryUser: { userName: string } }[];
};

function toRow(row: Row): DirectoryGroupRow {
  return {
    ...row,
    members: row.members.map((member) => ({ directoryUserId: member.directoryUserId, userName: member.directoryUser.userName })),
  };
}

const memberList = z.array(z.looseObject({ value: z.string().min(1).max(100) })).max(10_000);
const groupSchema = z.looseObject({
  displayName: z.string({ error: "displayName is required." }).trim().min(1).max(200),
  externalId: z.string().trim().max(500).nullish(),
  members: memberList.nullish(),
});

export async function listGroups(ctx: ScimContext, searchParams: URLSearchParams) {
  const filter = equalityFilter(searchParams.get("filter"), ["displayName", "externalId", "id"] as const);
  const page = pageOf(searchParams);
  const withMembers = !(searchParams.get("excludedAttributes") ?? "").toLowerCase().split(",").includes("members");
  const where = { organizationId: ctx.organization.id, ...(filter ? { [filter.attribute]: filter.value } : {}) };
  const [rows, total] = await readTenant(ctx, (tx) =>
    Promise.all([
      tx.directoryGroup.findMany({
        where,
        select: groupSelect,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        skip: page.skip,
        take: page.take,
      }),
      tx.directoryGroup.count({ where }),
    ]),
  );
  return { rows: rows.map((row) => groupResource(toRow(row), { withMembers })), startIndex: page.startIndex, totalResults: total };
}

export async function getGroup(ctx: ScimContext, id: string) {
  const row = await readTenant(ctx, (tx) => findGroup(tx, ctx, id));
  return groupResource(toRow(row));
}

async function findGroup(tx: Tx, ctx: ScimContext, id: string): Promise<Row> {
  const row = await tx.directoryGroup.findUnique({
    where: { id_organizationId: { id, organizationId: ctx.organization.id } },
    select: groupSelect,
  });
  if (!row) throw new ScimError(404, "No such group in this organization's directory.");
  return row;
}

function parseGroup(body: unknown) {
  const parsed = groupSchema.safeParse(body);
  if (!parsed.success) throw new ScimError(400, parsed.error.issues[0]?.message ?? "That is not a SCIM Group.", "invalidValue");
  return parsed.data;
}

/** POST /Groups. A group named like one of the organization's custom roles grants that role to its members. */
export async function createGroup(ctx: ScimContext, body: unknown) {
  const group = parseGroup(body);
  return inDirectory(ctx, async (tx) => {
    const created = await tx.directoryGroup.create({
      data: {
        organizationId: ctx.organization.id,
        displayName: group.displayName,
        externalId: group.externalId ?? null,
        customRoleId: await roleNamed(tx, ctx, group.displayName),
      },
      select: { id: true },
    });
    await setMembers(
      tx,
      ctx,
      created.id,
      (group.members ?? []).map((member) => member.value),
    );
    return changed(tx, ctx, created.id, "created");
  });
}

/** PUT /Groups/:id: name and members replaced. */
export async function replaceGroup(ctx: ScimContext, id: string, body: unknown) {
  const group = parseGroup(body);
  return inDirectory(ctx, async (tx) => {
    await rename(tx, ctx, await findGroup(tx, ctx, id), group.displayName, group.externalId);
    await setMembers(
      tx,
      ctx,
      id,
      (group.members ?? []).map((member) => member.value),
    );
    return changed(tx, ctx, id, "replaced");
  });
}

/**
 * PATCH /Groups/:id: Okta's `{ op: "add", path: "members", value: [{ value }] }`, `{ op: "remove", path:
 * 'members[value eq "…"]' }` and `{ op: "replace", value: { displayName } }`; Entra ID's `{ op: "Remove", path:
 * "members", value: [{ value }] }`.
 */
export async function patchGroup(ctx: ScimContext, id: string, body: unknown) {
  const operations = patchOperations(body);
  return inDirectory(ctx, async (tx) => {
    const current = await findGroup(tx, ctx, id);
    const members = new Set(current.members.map((member) => member.directoryUserId));
    let displayName = current.displayName;
    let externalId = current.externalId;
    for (const { op, path, value } of operations) {
      const target = path?.trim();
      const filtered = target ? /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i.exec(target) : null;
      if (filtered) {
        if (op === "remove") members.delete(filtered[1]!);
        else members.add(filtered[1]!);
      } else if (target?.toLowerCase() === "members") {
        const listed = memberList.safeParse(value ?? []);
        if (!listed.success) throw new ScimError(400, "members is a list of { value }.", "invalidValue");
        const ids = listed.data.map((member) => member.value);
        if (op === "replace") members.clear();
        for (const memberId of ids) {
          if (op === "remove") members.delete(memberId);
          else members.add(memberId);
        }
        if (op === "remove" && ids.length === 0) members.clear();
      } else if (target?.toLowerCase() === "displayname" || (target === undefined && typeof value === "object" && value !== null)) {
        const next = target ? value : (value as { displayName?: unknown }).displayName;
        if (next !== undefined) {
          if (typeof next !== "string" || !next.trim() || next.length > 200)
            throw new ScimError(400, "displayName is text of 1 to 200 characters.", "invalidValue");
          displayName = next.trim();
        }
        if (!target && "externalId" in (value as object)) externalId = String((value as { externalId?: unknown }).externalId ?? "") || null;
      } else if (target?.toLowerCase() === "externalid") {
        externalId = typeof value === "string" ? value : null;
      }
    }
    await rename(tx, ctx, current, displayName, externalId);
    await setMembers(tx, ctx, id, [...members]);
    return changed(tx, ctx, id, "updated");
  });
}

export async function deleteGroup(ctx: ScimContext, id: string): Promise<void> {
  await inDirectory(ctx, async (tx) => {
    const current = await findGroup(tx, ctx, id);
    await tx.directoryGroup.delete({ where: { id_organizationId: { id, organizationId: ctx.organization.id } } });
    const roles = current.customRoleId ? [current.customRoleId] : [];
    await syncMappedRoles(
      tx,
      ctx.organization.id,
      current.members.map((member) => member.directoryUserId),
      roles,
    );
    await auditGroup(tx, ctx, id, "deleted", current.displayName);
  });
}

async function inDirectory<T>(ctx: ScimContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(async (tx) => {
      await enterTenant(tx, ctx, { readOnly: false });
      return work(tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ScimError(409, "A group with this displayName exists already.", "uniqueness");
    throw error;
  }
}

async function roleNamed(tx: Tx, ctx: ScimContext, displayName: string): Promise<string | null> {
  const role = await tx.customRole.findFirst({
    where: { organizationId: ctx.organization.id, name: { equals: displayName, mode: "insensitive" } },
    select: { id: true },
  });
  return role?.id ?? null;
}

async function rename(tx: Tx, ctx: ScimContext, current: Row, displayName: string, externalId: string | null | undefined) {
  if (displayName === current.displayName && (externalId === undefined || externalId === current.externalId)) return;
  const customRoleId = displayName === current.displayName ? current.customRoleId : await roleNamed(tx, ctx, displayName);
  await tx.directoryGroup.update({
    where: { id_organizationId: { id: current.id, organizationId: ctx.organization.id } },
    data: { displayName, customRoleId, ...(externalId !== undefined ? { externalId } : {}) },
  });
  if (customRoleId !== current.customRoleId) {
    await syncMappedRoles(
      tx,
      ctx.organization.id,
      current.members.map((member) => member.directoryUserId),
      current.customRoleId ? [current.customRoleId] : [],
    );
  }
}

/** The group's members become exactly these directory users (of this organization: an unknown id is a 400). */
async function setMembers(tx: Tx, ctx: ScimContext, groupId: string, directoryUserIds: string[]) {
  const organizationId = ctx.organization.id;
  const wanted = [...new Set(directoryUserIds)];
  const known = await tx.directoryUser.findMany({ where: { organizationId, id: { in: wanted } }, select: { id: true } });
  if (known.length !== wanted.length) throw new ScimError(400, "A member is not a user of this organization's directory.", "invalidValue");
  const before = await tx.directoryGroupMember.findMany({ where: { organizationId, groupId }, select: { directoryUserId: true } });
  const had = new Set(before.map((member) => member.directoryUserId));
  const removed = [...had].filter((id) => !wanted.includes(id));
  const added = wanted.filter((id) => !had.has(id));
  if (removed.length) await tx.directoryGroupMember.deleteMany({ where: { organizationId, groupId, directoryUserId: { in: removed } } });
  if (added.length)
    await tx.directoryGroupMember.createMany({ data: added.map((directoryUserId) => ({ organizationId, groupId, directoryUserId })) });
  await syncMappedRoles(tx, organizationId, [...removed, ...added]);
}

async function changed(tx: Tx, ctx: ScimContext, id: string, how: string) {
  const row = await findGroup(tx, ctx, id);
  await auditGroup(tx, ctx, id, how, row.displayName);
  return groupResource(toRow(row));
}

async function auditGroup(tx: Tx, ctx: ScimContext, groupId: string, how: string, displayName: string) {
  await recordAudit(tx, {
    organizationId: ctx.organization.id,
    actorId: null,
    action: "scim.group_changed",
    targetType: "directory_group",
    targetId: groupId,
    metadata: { how, displayName, source: "directory" },
  });
}
