import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import type { FormState } from "@/lib/form-state";
import { safeNextPath } from "@/lib/safe-redirect";
import { fieldErrors } from "@/lib/validation/errors";
import {
  getSessionContext,
  organizationChanged,
  orgContextOf,
  ssoStartPath,
  supportReadOnly,
  superadminContextOf,
  type MemberContext,
  type SessionContext,
  type SuperadminContext,
} from "@/server/auth/context";
import { secondFactorPath } from "@/server/auth/step-up";
import { SupportReadOnlyError } from "@/server/tenant/scope";
import { accessOf, refuseAccess, refuseStaleProof, type Access, type Declared, type Operation, type OrgOperation } from "./operation";
import { requestMeta, type RequestMeta } from "./request-meta";
import { fail, type Failure, type Result } from "@/server/results/result";

/** The hidden field every tenant form carries: the organization the page was rendered for (stale-tab guard). */
export const RENDERED_ORGANIZATION_FIELD = "organizationId";

// Never sent back to the form: what the person typed as a secret stays with them.
const SECRET_FIELD = /password|confirm|token/i;

type FormInput<O extends Operation> = O["body"] extends z.ZodType ? z.infer<O["body"]> : undefined;

/** What a declared action's function is called with. */
export type ActionArgs<O extends Operation> = {
  input: FormInput<O>;
  /** The whole form, for what the operation does not declare (a file, a confirmation field). */
  formData: FormData;
  /** The text fields as typed (secrets left out), to send back with a failure the function returns itself. */
  values: Record<string, string>;
  meta: RequestMeta;
};

type ActionOptions<O extends Operation> = O & {
  /**
   * Adapts the form's fields to the operation's input where a form says less than JSON can (an empty field meaning
   * "none") or carries part of it in a bound argument (an invitation's token).
   */
  fromForm?: (fields: Record<string, string | string[]>, ...bound: string[]) => unknown;
};

/**
 * A server action, callable as a form's action (formData), through useActionState (state, formData), or bound to
 * ids first (`action.bind(null, id)`). Bound arguments come from the client like everything else: they must be
 * strings, and the service looks them up inside the organization.
 */
export type ServerAction<B extends string[], R> = ((formData: FormData) => Promise<void>) &
  ((...args: [...B, ...unknown[]]) => Promise<R>) &
  Declared;

type Outcome<R> = R | Failure | void;

/**
 * A server action that acts in the active organization. In order: session (signed out → sign in again and come
 * back), organization and stale-tab guard (the form's hidden organizationId must be the active one), permission
 * and base role, validation of the form (field errors), request metadata; then the function, whose failure becomes
 * the form's error. Next.js checks a server action's origin itself.
 */
export function orgAction<O extends OrgOperation, B extends string[] = [], R extends FormState | void = FormState>(
  operation: ActionOptions<O>,
  fn: (args: ActionArgs<O> & { ctx: MemberContext }, ...bound: B) => Promise<Outcome<NoInfer<R>>>,
): ServerAction<B, R> {
  return declared<O, B, R, { ctx: MemberContext }>(
    operation,
    accessOf(operation, "org"),
    async (formData) => {
      const session = await signedIn();
      if (session.support) return supportReadOnly();
      if (session.secondFactorRequired) redirect(secondFactorPath(session, await formPage()));
      if (session.ssoRequired) redirect(ssoStartPath(session.organization!.id, await formPage()));
      const ctx = orgContextOf(session);
      if (!ctx || formData.get(RENDERED_ORGANIZATION_FIELD) !== ctx.organization.id) return organizationChanged();
      return refuseAccess(ctx, operation) ?? (await askStepUp(ctx, operation)) ?? { ok: true, who: { ctx } };
    },
    fn,
  );
}

/** A server action of the signed-in person (the account page, their organizations, accepting an invitation). */
export function sessionAction<O extends Operation, B extends string[] = [], R extends FormState | void = FormState>(
  operation: ActionOptions<O>,
  fn: (args: ActionArgs<O> & { session: SessionContext }, ...bound: B) => Promise<Outcome<NoInfer<R>>>,
): ServerAction<B, R> {
  return declared<O, B, R, { session: SessionContext }>(
    operation,
    accessOf(operation, "session"),
    async () => {
      const session = await signedIn();
      if (session.support) return supportReadOnly();
      return (await askStepUp(session, operation)) ?? { ok: true, who: { session } };
    },
    fn,
  );
}

/**
 * A server action of an application superadmin (/admin): anyone else gets the 404 the /admin pages give, before
 * the form is read. The flag is read fresh from the database with the session, as for the pages.
 */
export function superadminAction<O extends Operation, B extends string[] = [], R extends FormState | void = FormState>(
  operation: ActionOptions<O>,
  fn: (args: ActionArgs<O> & { admin: SuperadminContext }, ...bound: B) => Promise<Outcome<NoInfer<R>>>,
): ServerAction<B, R> {
  return declared<O, B, R, { admin: SuperadminContext }>(
    operation,
    accessOf(operation, "superadmin"),
    async () => {
      const admin = superadminContextOf(await signedIn());
      if (!admin) notFound();
      return { ok: true, who: { admin } };
    },
    fn,
  );
}

/** A server action anyone may use: sign-in, signup, password reset, confirming an emailed link. */
export function publicAction<O extends Operation, B extends string[] = [], R extends FormState | void = FormState>(
  operation: ActionOptions<O>,
  fn: (args: ActionArgs<O>, ...bound: B) => Promise<Outcome<NoInfer<R>>>,
): ServerAction<B, R> {
  return declared<O, B, R, object>(operation, accessOf(operation, "public"), async () => ({ ok: true, who: {} }), fn);
}

function declared<O extends Operation, B extends string[], R extends FormState | void, W extends object>(
  operation: ActionOptions<O>,
  declaration: Access,
  identify: (formData: FormData) => Promise<Result<{ who: W }>>,
  fn: (args: ActionArgs<O> & W, ...bound: B) => Promise<Outcome<NoInfer<R>>>,
): ServerAction<B, R> {
  const action = async (...args: unknown[]): Promise<R> => {
    const { bound, formData } = splitArguments(args);
    const values = textValues(formData);
    if (!bound) return failed<R>(fail("VALIDATION_FAILED", "This form is out of date. Reload the page."), values);

    const caller = await identify(formData);
    if (!caller.ok) return failed<R>(caller, values);
    let input: unknown;
    if (operation.body) {
      const fields = formFields(formData, operation.body);
      const parsed = operation.body.safeParse(operation.fromForm ? operation.fromForm(fields, ...bound) : fields);
      if (!parsed.success)
        return failed<R>(fail("VALIDATION_FAILED", "Please fix the highlighted fields.", fieldErrors(parsed.error)), values);
      input = parsed.data;
    }
    const meta = requestMeta(await headers());
    const outcome = await fn({ ...caller.who, input: input as FormInput<O>, formData, values, meta }, ...(bound as B)).catch(
      (error: unknown) => {
        // A write a support view attempted past the checks (withTenant refuses it): the form says so.
        if (error instanceof SupportReadOnlyError) return supportReadOnly();
        throw error;
      },
    );
    if (outcome === undefined) return { status: "idle" } as R;
    return isFailure(outcome) ? failed<R>(outcome, values) : outcome;
  };
  return Object.assign(action, { declaration }) as unknown as ServerAction<B, R>;
}

/** A sensitive action whose proof is stale goes to the confirmation page first, and comes back to the form's page. */
async function askStepUp(person: SessionContext, operation: Operation): Promise<null> {
  if (refuseStaleProof(person, operation)) redirect(`/confirm?next=${encodeURIComponent(await formPage())}`);
  return null;
}

/** The page the form was on (its Referer), as a safe local path. */
async function formPage(): Promise<string> {
  const referer = (await headers()).get("referer");
  try {
    if (referer) return safeNextPath(`${new URL(referer).pathname}${new URL(referer).search}`);
  } catch {
    // An unparsable Referer: the dashboard.
  }
  return "/dashboard";
}

/** The signed-in context, or a redirect to sign in again that comes back to the page the form was on. */
async function signedIn(): Promise<SessionContext> {
  const ctx = await getSessionContext();
  if (ctx) return ctx;
  redirect(`/auth/session-ended?next=${encodeURIComponent(await formPage())}`);
}

/** [...bound ids, state?, formData?]: the form data last, the previous state (never a string) before it. */
function splitArguments(args: unknown[]): { bound: string[] | null; formData: FormData } {
  const rest = [...args];
  const formData = rest.at(-1) instanceof FormData ? (rest.pop() as FormData) : new FormData();
  if (rest.length > 0 && typeof rest.at(-1) !== "string") rest.pop();
  const bound = rest.every((arg) => typeof arg === "string" && arg.length <= 200) ? (rest as string[]) : null;
  return { bound, formData };
}

/**
 * The form's fields for the schema: lists for its array fields (checkboxes: none ticked is an empty list), else the
 * text as typed. A field the form does not have stays absent, as in JSON: an empty input is "", a missing one nothing.
 */
function formFields(formData: FormData, schema: z.ZodType): Record<string, string | string[]> {
  const shape = objectShape(schema);
  const keys = shape ? Object.keys(shape) : [...new Set(formData.keys())];
  const fields: Record<string, string | string[]> = {};
  for (const key of keys) {
    if (shape && isArraySchema(shape[key]))
      fields[key] = formData.getAll(key).filter((value): value is string => typeof value === "string");
    else {
      const value = formData.get(key);
      if (typeof value === "string") fields[key] = value;
    }
  }
  return fields;
}

function textValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !SECRET_FIELD.test(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

type SchemaDef = { type?: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; schema?: z.ZodType };

function defOf(schema: z.ZodType | undefined): SchemaDef | undefined {
  return (schema as unknown as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let def = defOf(schema);
  // Through refinements and pipes to the object they check.
  while (def && def.type !== "object" && (def.in || def.schema || def.innerType)) def = defOf(def.in ?? def.schema ?? def.innerType);
  return def?.type === "object" ? def.shape : undefined;
}

function isArraySchema(schema: z.ZodType | undefined): boolean {
  let def = defOf(schema);
  while (def && def.type !== "array" && (def.innerType || def.in)) def = defOf(def.innerType ?? def.in);
  return def?.type === "array";
}

function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;
}

function failed<R extends FormState | void>(failure: Failure, values: Record<string, string>): R {
  return { status: "error", message: failure.message, ...(failure.fields ? { fields: failure.fields } : {}), values } as R;
}
