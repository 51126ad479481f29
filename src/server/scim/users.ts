import "server-only";
import { z } from "zod";
import { domainOfEmail } from "@/lib/free-mail-domains";
import { emailField } from "@/lib/validation/fields";
import { recordAudit } from "@/server/audit/record";
import { relocateSessions } from "@/server/auth/sessions";
import { queueSeatSync } from "@/server/billing/seats";
import { db, type Role, type Tx } from "@/server/db";
import { noFreeSeat } from "@/server/invites/join";
import { isUniqueViolation } from "@/server/prisma-errors";
import { enterTenant, readTenant } from "@/server/tenant/scope";
import { ScimError, type ScimContext } from "./http";
import { syncMappedRoles } from "./roles";
import { booleanOf, equalityFilter, pageOf, patchOperations, userResource, type DirectoryUserRow } from "./resources";

const rowSelect = {
  id: true,
  externalId: true,
  userName: true,
  givenName: true,
  familyName: true,
  displayName: true,
  active: true,
  createdAt: true,
  updatedAt: true,
  userId: true,
} as const;

const nullableText = (max: number) => z.string().trim().max(max).nullish();

/** A User as Okta and Entra ID send it; what we do not keep (phone numbers, the enterprise extension) is ignored. */
const userSchema = z.looseObject({
  userName: z.string({ error: "userName is required." }).trim().min(1).max(254),
  externalId: nullableText(500),
  active: z.unknown().optional(),
  displayName: nullableText(200),
  name: z.looseObject({ givenName: nullableText(100), familyName: nullableText(100), formatted: nullableText(200) }).nullish(),
  emails: z.array(z.looseObject({ value: z.string().max(254), primary: z.unknown().optional(), type: z.string().nullish() })).nullish(),
});

type Desired = {
  userName: string;
  externalId: string | null;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  active: boolean;
};

function desiredOf(body: unknown): Desired {
  const parsed = userSchema.safeParse(body);
  if (!parsed.success) throw new ScimError(400, parsed.error.issues[0]?.message ?? "That is not a SCIM User.", "invalidValue");
  const user = parsed.data;
  const primary = user.emails?.find((email) => email.primary === true || email.primary === "True") ?? user.emails?.[0];
  // userName is the sign-in address; a directory whose userName is not one (an employee number) sends it as email.
  const address = emailField.safeParse(user.userName).success ? user.userName : (primary?.value ?? user.userName);
  return {
    userName: address.toLowerCase(),
    externalId: user.externalId ?? null,
    givenName: user.name?.givenName ?? null,
    familyName: user.name?.familyName ?? null,
    displayName: user.displayName ?? null,
    active: user.active === undefined ? true : booleanOf(user.active),
  };
}

export async function listUsers(ctx: ScimContext, searchParams: URLSearchParams) {
  const filter = equalityFilter(searchParams.get("filter"), ["userName", "externalId", "id"] as const);
  const page = pageOf(searchParams);
  const where = {
    organizationId: ctx.organization.id,
    ...(filter ? { [filter.attribute]: filter.attribute === "userName" ? filter.value.toLowerCase() : filter.value } : {}),
  };
  const [rows, total] = await readTenant(ctx, (tx) =>
    Promise.all([
      tx.directoryUser.findMany({
        where,
        select: rowSelect,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        skip: page.skip,
        take: page.take,
      }),
      tx.directoryUser.count({ where }),
    ]),
  );
  return { rows: rows.map(userResource), startIndex: page.startIndex, totalResults: total };
}

export async function getUser(ctx: ScimContext, id: string) {
  return userResource(await findUser(ctx, id));
}

async function findUser(ctx: ScimContext, id: string): Promise<DirectoryUserRow & { userId: string }> {
  const row = await readTenant(ctx, (tx) =>
    tx.directoryUser.findUnique({ where: { id_organizationId: { id, organizationId: ctx.organization.id } }, select: rowSelect }),
  );
  if (!row) throw notFound();
  return row;
}

/** POST /Users: the directory assigns a person to the app. They get an account (or theirs), and a membership when active. */
export async function createUser(ctx: ScimContext, body: unknown) {
  return userResource(await writeUser(ctx, null, desiredOf(body)));
}

/** PUT /Users/:id: the whole resource replaced. */
export async function replaceUser(ctx: ScimContext, id: string, body: unknown) {
  return userResource(await writeUser(ctx, await findUser(ctx, id), desiredOf(body)));
}

/**
 * PATCH /Users/:id, as Okta sends it (`{ op: "replace", value: { active: false } }`) and as Entra ID does
 * (`{ op: "Replace", path: "active", value: "False" }`, `path: "name.givenName"`, `emails[type eq "work"].value`).
 * Attributes we do not keep are ignored, as SCIM allows a service provider to.
 */
export async function patchUser(ctx: ScimContext, id: string, body: unknown) {
  const current = await findUser(ctx, id);
  const next: Desired = {
    userName: current.userName,
    externalId: current.externalId,
    givenName: current.givenName,
    familyName: current.familyName,
    displayName: current.displayName,
    active: current.active,
  };
  for (const operation of patchOperations(body)) {
    const value = operation.op === "remove" ? null : operation.value;
    if (operation.path === undefined) {
      if (typeof value !== "object" || value === null)
        throw new ScimError(400, "An operation without a path carries an object of attributes.", "invalidValue");
      for (const [path, attribute] of Object.entries(value)) applyPath(next, path, attribute);
    } else {
      applyPath(next, operation.path, value);
    }
  }
  return userResource(await writeUser(ctx, current, next));
}

function applyPath(next: Desired, path: string, value: unknown) {
  const text = (max: number) => {
    if (value === null || value === undefined) return null;
    if (typeof value !== "string" || value.length > max)
      throw new ScimError(400, `${path} must be text of at most ${max} characters.`, "invalidValue");
    return value.trim() || null;
  };
  const key = path.toLowerCase();
  if (key === "active") next.active = booleanOf(value);
  else if (key === "username") next.userName = (text(254) ?? next.userName).toLowerCase();
  else if (key === "externalid") next.externalId = text(500);
  else if (key === "displayname") next.displayName = text(200);
  else if (key === "name.givenname") next.givenName = text(100);
  else if (key === "name.familyname") next.familyName = text(100);
  else if (key === "name" && typeof value === "object" && value !== null) {
    const name = value as { givenName?: unknown; familyName?: unknown };
    if ("givenName" in name) applyPath(next, "name.givenName", name.givenName);
    if ("familyName" in name) applyPath(next, "name.familyName", name.familyName);
  }
  // Everything else (emails — the address is userName —, phone numbers, the enterprise extension) is not kept.
}

/** DELETE /Users/:id: deprovisioned, and the directory's record of them gone. */
export async function deleteUser(ctx: ScimContext, id: string): Promise<void> {
  const current = await findUser(ctx, id);
  await writeUser(ctx, current, { ...current, active: false }, { delete: true });
}

/**
 * Makes the directory user `desired`, in one transaction. First as the server role — the account is found or made
 * (no password: they sign in through the identity provider), the seat counted — then as the tenant role for the
 * organization's rows: the directory user, the membership (made when active, removed when not: the person's
 * sessions move out of the organization at once), the roles their groups map to, the audit log.
 */
async function writeUser(
  ctx: ScimContext,
  current: (DirectoryUserRow & { userId: string }) | null,
  desired: Desired,
  options: { delete?: boolean } = {},
): Promise<DirectoryUserRow> {
  const organizationId = ctx.organization.id;
  if (!emailField.safeParse(desired.userName).success)
    throw new ScimError(400, "userName (or the primary email) must be an email address.", "invalidValue");
  try {
    return await db.$transaction(async (tx) => {
      const domains = await tx.organizationDomain.findMany({
        where: { organizationId, verifiedAt: { not: null }, lapsedAt: null },
        select: { domain: true },
      });
      if (!current && !domains.some(({ domain }) => domain === domainOfEmail(desired.userName))) {
        throw new ScimError(
          400,
          `${desired.userName} is not at one of ${ctx.organization.name}'s verified domains: verify the domain in Orgstack first.`,
          "invalidValue",
        );
      }
      const userId = current?.userId ?? (await accountFor(tx, desired));
      const member = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId, userId } },
        select: { id: true, role: true },
      });
      const role = await defaultRoleOf(tx, organizationId);
      if (desired.active && !member) {
        const full = await noFreeSeat(tx, ctx.organization, role);
        if (full) throw new ScimError(409, full.message);
      }

      await enterTenant(tx, ctx, { readOnly: false });
      const data = {
        externalId: desired.externalId,
        userName: desired.userName,
        givenName: desired.givenName,
        familyName: desired.familyName,
        displayName: desired.displayName,
        active: desired.active,
      };
      const row = current
        ? await tx.directoryUser.update({ where: { id_organizationId: { id: current.id, organizationId } }, data, select: rowSelect })
        : await tx.directoryUser.create({ data: { organizationId, userId, ...data }, select: rowSelect });

      if (desired.active && !member) {
        await tx.membership.create({ data: { organizationId, userId, role }, select: { id: true } });
        await auditDirectoryUser(tx, ctx, "member.provisioned", userId, { by: "scim", role, userName: row.userName });
        await queueSeatSync(tx, organizationId);
      } else if (!desired.active && member) {
        await deprovision(tx, ctx, { userId, membershipId: member.id, role: member.role, userName: row.userName });
      } else if (current) {
        await auditDirectoryUser(tx, ctx, "scim.user_updated", userId, { userName: row.userName });
      }
      if (desired.active) await syncMappedRoles(tx, organizationId, [row.id]);
      if (options.delete) await tx.directoryUser.delete({ where: { id_organizationId: { id: row.id, organizationId } } });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ScimError(409, "A user with this userName (or this person under another userName) exists already.", "uniqueness");
    throw error;
  }
}

async function accountFor(tx: Tx, desired: Desired): Promise<string> {
  const existing = await tx.user.findUnique({ where: { email: desired.userName }, select: { id: true } });
  if (existing) return existing.id;
  const name =
    desired.displayName ?? ([desired.givenName, desired.familyName].filter(Boolean).join(" ") || desired.userName.split("@")[0]!);
  // The organization proved the domain is its own, so its directory vouches for the address: verified, no password.
  const created = await tx.user.create({
    data: { email: desired.userName, name: name.slice(0, 100), passwordHash: "", emailVerifiedAt: new Date() },
    select: { id: true },
  });
  return created.id;
}

async function defaultRoleOf(tx: Tx, organizationId: string): Promise<Role> {
  const connection = await tx.ssoConnection.findUnique({ where: { organizationId }, select: { defaultRole: true } });
  return connection?.defaultRole ?? "MEMBER";
}

/** The membership removed (never the last owner's), the person's sessions moved out of the organization at once. */
async function deprovision(tx: Tx, ctx: ScimContext, member: { userId: string; membershipId: string; role: Role; userName: string }) {
  if (member.role === "OWNER") {
    const owners = await tx.membership.count({ where: { organizationId: ctx.organization.id, role: "OWNER" } });
    if (owners <= 1)
      throw new ScimError(
        409,
        `${member.userName} is the organization's last owner: make someone else an owner in Orgstack first.`,
        "mutability",
      );
  }
  await tx.membership.delete({ where: { id: member.membershipId, organizationId: ctx.organization.id } });
  await relocateSessions(tx);
  await auditDirectoryUser(tx, ctx, "member.deprovisioned", member.userId, { by: "scim", role: member.role, userName: member.userName });
  await queueSeatSync(tx, ctx.organization.id);
}

async function auditDirectoryUser(
  tx: Tx,
  ctx: ScimContext,
  action: "member.provisioned" | "member.deprovisioned" | "scim.user_updated",
  userId: string,
  metadata: Record<string, unknown>,
) {
  await recordAudit(tx, {
    organizationId: ctx.organization.id,
    actorId: null,
    action,
    targetType: "user",
    targetId: userId,
    metadata: { ...metadata, source: "directory" },
  });
}

function notFound() {
  return new ScimError(404, "No such user in this organization's directory.");
}
