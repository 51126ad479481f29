import "server-only";
import type { z } from "zod";
import type { Permission } from "@/lib/permissions";
import type { MemberContext, OrgContext, SessionContext } from "@/server/auth/context";
import { stepUpFailure, stepUpRequired } from "@/server/auth/step-up";
import { requireFeature } from "@/server/billing/entitlements";
import type { Feature } from "@/server/billing/plans";
import { requirePermission } from "@/server/permissions";
import { fail, type Failure } from "@/server/results/result";

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
  /**
   * A sensitive action: a person with a second factor who has not proved it in the last minutes is asked to first
   * (403 STEP_UP_REQUIRED; a form goes to /confirm and back). src/server/auth/step-up.ts.
   */
  stepUp?: true;
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
  /** A feature the organization's plan or licenses must include (402 FEATURE_NOT_IN_PLAN naming the plan that has it). */
  feature?: Feature;
  /**
   * false: a person's decision, refused to API keys (403) whatever their permissions — ownership, paying, minting
   * or revoking keys (a leaked key must not outlive its revocation by making another). The handler gets a MemberContext.
   */
  apiKeys?: false;
};

/** The context an organization operation's handler gets: a member's when it is closed to API keys. */
export type ContextOf<O extends OrgOperation> = O extends { apiKeys: false } ? MemberContext : OrgContext;

/** Who may call a wrapped route handler or server action: what it says about itself to the tests. */
export type Access =
  | { access: "public" }
  | { access: "session"; stepUp?: true }
  | { access: "superadmin" }
  /** A directory's SCIM request: its bearer token names the organization (src/server/scim/http.ts). */
  | { access: "scim" }
  | { access: "org"; permission: Permission | null; baseRole?: "OWNER"; feature?: Feature; apiKeys?: false; stepUp?: true };

export type Declared = { readonly declaration: Access };

/** A route handler also carries its operation, so the OpenAPI document is written from the same schemas it enforces. */
export type DeclaredOperation = Declared & { readonly operation: Operation };

/** The validated input of an operation: `undefined` for the parts it does not declare. */
export type InputOf<O extends Operation> = {
  body: O["body"] extends z.ZodType ? z.infer<O["body"]> : undefined;
  query: O["query"] extends z.ZodType ? z.infer<O["query"]> : undefined;
};

/** The path parameters an operation names, as strings. */
export type ParamsOf<O extends Operation> = O["params"] extends readonly string[]
  ? { [K in O["params"][number]]: string }
  : Record<string, never>;

/**
 * What an organization operation asks, for both wrappers: API keys kept from a person's decisions, the permission, then base role, then the plan's
 * feature (from the context's entitlements: no round trip). A member without the permission learns nothing of plans.
 */
export function refuseAccess(ctx: OrgContext, operation: OrgOperation): Failure | null {
  if (ctx.apiKey && (operation.apiKeys === false || operation.baseRole)) {
    return fail("FORBIDDEN", "An API key cannot do this: it is for a person signed in to Orgstack.");
  }
  if (operation.permission) {
    const allowed = requirePermission(ctx, operation.permission);
    if (!allowed.ok) return allowed;
  }
  if (operation.baseRole && ctx.role !== operation.baseRole) {
    return fail("FORBIDDEN", "Only an owner of this organization can do this (custom roles do not count).");
  }
  return operation.feature ? requireFeature(ctx, operation.feature) : null;
}

export function accessOf(operation: Operation | OrgOperation, kind: "public" | "session" | "superadmin" | "org"): Access {
  const stepUp = operation.stepUp ? { stepUp: operation.stepUp } : {};
  if (kind === "session") return { access: kind, ...stepUp };
  if (kind !== "org") return { access: kind };
  const { permission, baseRole, feature, apiKeys } = operation as OrgOperation;
  return {
    access: "org",
    permission,
    ...(baseRole ? { baseRole } : {}),
    ...(feature ? { feature } : {}),
    ...(apiKeys === false ? { apiKeys } : {}),
    ...stepUp,
  };
}

/** The step-up a sensitive operation asks of a person (API keys have no second factor: they cannot reach these). */
export function refuseStaleProof(
  person: { user: SessionContext["user"] | null; session: SessionContext["session"] | null },
  operation: Operation,
): Failure | null {
  return operation.stepUp && person.user && person.session && stepUpRequired({ user: person.user, session: person.session })
    ? stepUpFailure()
    : null;
}
