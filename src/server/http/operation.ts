import "server-only";
import type { z } from "zod";
import type { Permission } from "@/lib/permissions";
import type { OrgContext } from "@/server/auth/context";
import { requirePermission } from "@/server/permissions";
import { fail, type Failure } from "./result";

/**
 * What one operation needs, written once and shared by its route handler and its server action (anchor: dub's
 * withWorkspace). The wrappers (declare-route.ts, declare-action.ts) enforce it; the tests read it back.
 */
export type Operation = {
  /** The body of the JSON route and the fields of the form, validated before the handler runs. */
  body?: z.ZodType;
  /** The route's search parameters. */
  query?: z.ZodType;
  /** The names of the route's path segments (`[id]`); a form passes the same values as bound arguments. */
  params?: readonly string[];
  /** Load the caller's organizations with the context, in its one query (`ctx.memberships`): no extra round trip. */
  withMemberships?: true;
};

/** An operation inside an organization: who may do it, on top of being a member. */
export type OrgOperation = Operation & {
  /**
   * The permission the caller must hold. null: any member may call it and the service decides on the target (leaving
   * needs no permission, removing someone else needs members.remove) — say so next to the declaration.
   */
  permission: Permission | null;
  /** Only members whose base role is this (custom roles do not count): decisions about ownership. */
  baseRole?: "OWNER";
};

/** Who may call a wrapped route handler or server action: what it says about itself to the tests. */
export type Access = { access: "public" } | { access: "session" } | { access: "org"; permission: Permission | null; baseRole?: "OWNER" };

export type Declared = { readonly declaration: Access };

/** The validated input of an operation: `undefined` for the parts it does not declare. */
export type InputOf<O extends Operation> = {
  body: O["body"] extends z.ZodType ? z.infer<O["body"]> : undefined;
  query: O["query"] extends z.ZodType ? z.infer<O["query"]> : undefined;
};

/** The path parameters an operation names, as strings. */
export type ParamsOf<O extends Operation> = O["params"] extends readonly string[] ? { [K in O["params"][number]]: string } : Record<string, never>;

/** What an organization operation asks of the member, for both wrappers: its permission, then its base role. */
export function refuseAccess(ctx: OrgContext, operation: OrgOperation): Failure | null {
  if (operation.permission) {
    const allowed = requirePermission(ctx, operation.permission);
    if (!allowed.ok) return allowed;
  }
  if (operation.baseRole && ctx.role !== operation.baseRole) {
    return fail("FORBIDDEN", "Only an owner of this organization can do this (custom roles do not count).");
  }
  return null;
}

export function accessOf(operation: Operation | OrgOperation, kind: "public" | "session" | "org"): Access {
  if (kind !== "org") return { access: kind };
  const { permission, baseRole } = operation as OrgOperation;
  return baseRole ? { access: "org", permission, baseRole } : { access: "org", permission };
}
