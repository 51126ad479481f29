import "server-only";
import { env } from "@/env";
import { ScimError } from "./http";

export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

export function scimBase(): string {
  return `${env.APP_URL}/scim/v2`;
}

export type DirectoryUserRow = {
  id: string;
  externalId: string | null;
  userName: string;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

/** A directory user as SCIM shows it (RFC 7643 §4.1): the sign-in address is both userName and the primary email. */
export function userResource(row: DirectoryUserRow) {
  const formatted = [row.givenName, row.familyName].filter(Boolean).join(" ");
  return {
    schemas: [USER_SCHEMA],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    userName: row.userName,
    name: { givenName: row.givenName ?? undefined, familyName: row.familyName ?? undefined, formatted: formatted || undefined },
    displayName: row.displayName ?? (formatted || row.userName),
    emails: [{ value: row.userName, type: "work", primary: true }],
    active: row.active,
    groups: [],
    meta: {
      resourceType: "User",
      created: row.createdAt.toISOString(),
      lastModified: row.updatedAt.toISOString(),
      location: `${scimBase()}/Users/${row.id}`,
    },
  };
}

export type DirectoryGroupRow = {
  id: string;
  externalId: string | null;
  displayName: string;
  createdAt: Date;
  updatedAt: Date;
  members: { directoryUserId: string; userName: string }[];
};

export function groupResource(row: DirectoryGroupRow, options: { withMembers?: boolean } = {}) {
  return {
    schemas: [GROUP_SCHEMA],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    displayName: row.displayName,
    ...(options.withMembers === false
      ? {}
      : {
          members: row.members.map((member) => ({
            value: member.directoryUserId,
            display: member.userName,
            $ref: `${scimBase()}/Users/${member.directoryUserId}`,
          })),
        }),
    meta: {
      resourceType: "Group",
      created: row.createdAt.toISOString(),
      lastModified: row.updatedAt.toISOString(),
      location: `${scimBase()}/Groups/${row.id}`,
    },
  };
}

export function listResponse(resources: unknown[], page: { startIndex: number; totalResults: number }) {
  return {
    schemas: [LIST_SCHEMA],
    totalResults: page.totalResults,
    startIndex: page.startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

/** startIndex (1-based) and count, as RFC 7644 §3.4.2.4 has them; count is capped, never refused. */
export function pageOf(searchParams: URLSearchParams): { skip: number; take: number; startIndex: number } {
  const startIndex = Math.max(1, Number.parseInt(searchParams.get("startIndex") ?? "1", 10) || 1);
  const count = Number.parseInt(searchParams.get("count") ?? "100", 10);
  const take = Math.min(200, Math.max(0, Number.isNaN(count) ? 100 : count));
  return { skip: startIndex - 1, take, startIndex };
}

/**
 * The one filter directories send to find a resource before creating it: `attribute eq "value"` (Okta and Entra
 * ID look users up by userName or externalId, groups by displayName). Anything else is a 400 invalidFilter.
 */
export function equalityFilter<A extends string>(filter: string | null, attributes: readonly A[]): { attribute: A; value: string } | null {
  if (filter === null || filter.trim() === "") return null;
  const match = /^\s*([A-Za-z][\w.]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
  const attribute = match ? attributes.find((name) => name.toLowerCase() === match[1]!.toLowerCase()) : undefined;
  if (!match || !attribute)
    throw new ScimError(400, `Only ${attributes.map((name) => `${name} eq "…"`).join(" or ")} filters are supported.`, "invalidFilter");
  return { attribute, value: match[2]!.replace(/\\(.)/g, "$1") };
}

/** Entra ID sends booleans as "True"/"False" in PATCH values. */
export function booleanOf(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  throw new ScimError(400, "active must be true or false.", "invalidValue");
}

export type PatchOperation = { op: string; path?: string; value?: unknown };

/** The Operations of a PatchOp body (RFC 7644 §3.5.2), with op lower-cased; a malformed body is a 400. */
export function patchOperations(body: unknown): PatchOperation[] {
  const operations = (body as { Operations?: unknown } | null)?.Operations;
  if (!Array.isArray(operations) || operations.length === 0 || operations.length > 1000) {
    throw new ScimError(400, "A PATCH body has Operations: a list of { op, path, value }.", "invalidSyntax");
  }
  return operations.map((operation: unknown) => {
    const { op, path, value } = (operation ?? {}) as { op?: unknown; path?: unknown; value?: unknown };
    if (typeof op !== "string" || !["add", "replace", "remove"].includes(op.toLowerCase()))
      throw new ScimError(400, "Each operation's op is add, replace or remove.", "invalidSyntax");
    if (path !== undefined && typeof path !== "string") throw new ScimError(400, "An operation's path is a string.", "invalidPath");
    return { op: op.toLowerCase(), path, value };
  });
}
