import type { Names } from "./names";

// The dashboard pages of a generated resource: its list with search, pages and a create form; its detail page with
// an edit form and a confirmed delete. Each page calls its own guard and checks its own permission.

export function actionsFile(n: Names): string {
  return `"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/server/http/declare-action";
import { create${n.Model}, delete${n.Model}, update${n.Model} } from "@/server/${n.slug}/mutations";
import { ${n.model}Operations } from "@/server/${n.slug}/operations";

export const create${n.Model}Action = orgAction(${n.model}Operations.create, async ({ ctx, input, meta }) => {
  const created = await create${n.Model}(ctx, input, meta);
  if (!created.ok) return created;
  revalidatePath("/dashboard/${n.slug}");
  redirect(\`/dashboard/${n.slug}/\${created.${n.model}.id}?created=1\`);
});

export const update${n.Model}Action = orgAction(${n.model}Operations.update, async ({ ctx, input, meta }, id: string) => {
  const result = await update${n.Model}(ctx, id, input, meta);
  if (!result.ok) return result;
  revalidatePath("/dashboard/${n.slug}");
  return { status: "success", message: "Saved.", values: { name: result.${n.model}.name, description: result.${n.model}.description } };
});

export const delete${n.Model}Action = orgAction(${n.model}Operations.delete, async ({ ctx, meta }, id: string) => {
  const result = await delete${n.Model}(ctx, id, meta);
  if (!result.ok) return result;
  revalidatePath("/dashboard/${n.slug}");
  redirect("/dashboard/${n.slug}?deleted=1");
});
`;
}

export function formFile(n: Names): string {
  return `"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { OrganizationField } from "@/components/ui/organization-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { initialFormState, type FormState } from "@/lib/form-state";

type Props = {
  organizationId: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial?: { name: string; description: string };
  submitLabel: string;
  pendingLabel: string;
};

/** Create and edit share one form: name and description, inline errors, the outcome in words. */
export function ${n.Model}Form({ organizationId, action, initial, submitLabel, pendingLabel }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.values ?? initial;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <OrganizationField organizationId={organizationId} />
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <Field label="Name" name="name" required maxLength={100} defaultValue={values?.name} error={state.fields?.name} key={\`name-\${values?.name}\`} />
      <TextArea
        label="Description"
        name="description"
        maxLength={2000}
        hint="Optional. Up to 2,000 characters."
        defaultValue={values?.description}
        error={state.fields?.description}
        key={\`description-\${values?.description}\`}
      />
      <SubmitButton pendingLabel={pendingLabel} fullWidth={false}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
`;
}

export function listPageFile(n: Names): string {
  return `import type { Metadata } from "next";
import Link from "next/link";
import { CursorPager } from "@/components/ui/cursor-pager";
import { Notice } from "@/components/ui/notice";
import { SearchForm } from "@/components/ui/search-form";
import { formatDate } from "@/lib/format";
import { list${n.Models}Query } from "@/lib/validation/${n.slug}";
import { list${n.Models} } from "@/server/${n.slug}/queries";
import { requireOrgPage } from "@/server/auth/require-page";
import { can } from "@/server/permissions";
import { create${n.Model}Action } from "./actions";
import { ${n.Model}Form } from "./_components/${n.slugOne}-form";

export const metadata: Metadata = { title: "${n.Labels}" };

const PAGE_SIZE = 25;

type Props = { searchParams: Promise<{ q?: string | string[]; cursor?: string | string[]; deleted?: string }> };

export default async function ${n.Models}Page({ searchParams }: Props) {
  const ctx = await requireOrgPage("/dashboard/${n.slug}");
  if (!can(ctx, "${n.perm}.read")) {
    return <Notice title="No access to ${n.labels}">Your role in {ctx.organization.name} does not include ${n.labels}. Ask an admin.</Notice>;
  }
  const params = await searchParams;
  const query = list${n.Models}Query.safeParse({ q: params.q, cursor: params.cursor, limit: PAGE_SIZE });
  const { q, cursor } = query.success ? query.data : { q: undefined, cursor: undefined };
  const { ${n.models}, nextCursor } = await list${n.Models}(ctx, { q, cursor, limit: PAGE_SIZE });

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="${n.slug}-heading" className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 id="${n.slug}-heading" className="text-2xl font-semibold tracking-tight">
              ${n.Labels}
            </h1>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Newest first, for everyone in {ctx.organization.name}</p>
          </div>
          <SearchForm action="/dashboard/${n.slug}" label="Search ${n.labels}" q={q} />
        </div>
        {params.deleted && <Notice title="${n.Label} deleted." tone="success" />}

        {${n.models}.length === 0 ? (
          <Notice title={q ? \`No ${n.labels} match “\${q}”\` : "No ${n.labels} yet"}>
            {q ? (
              <Link href="/dashboard/${n.slug}" className="text-indigo-700 hover:underline dark:text-indigo-300">
                Show all ${n.labels}
              </Link>
            ) : can(ctx, "${n.perm}.create") ? (
              "Create the first one with the form on this page."
            ) : (
              "When someone creates ${n.article} ${n.label}, it will be listed here."
            )}
          </Notice>
        ) : (
          <ul className="divide-y divide-zinc-200 overflow-hidden rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {${n.models}.map((${n.model}) => (
              <li key={${n.model}.id} className="px-4 py-3">
                <Link href={\`/dashboard/${n.slug}/\${${n.model}.id}\`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                  {${n.model}.name}
                </Link>
                {${n.model}.description && <p className="mt-0.5 line-clamp-1 text-sm text-zinc-600 dark:text-zinc-400">{${n.model}.description}</p>}
                <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                  Created {formatDate(${n.model}.createdAt)} by {${n.model}.createdBy?.name ?? "a former member"}
                </p>
              </li>
            ))}
          </ul>
        )}
        <CursorPager path="/dashboard/${n.slug}" params={{ q }} cursor={cursor} nextCursor={nextCursor} label="${n.Label} pages" />
      </section>

      {can(ctx, "${n.perm}.create") && (
        <section aria-labelledby="new-${n.slugOne}-heading" className="h-fit rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
          <h2 id="new-${n.slugOne}-heading" className="mb-4 font-medium">
            New ${n.label}
          </h2>
          <${n.Model}Form organizationId={ctx.organization.id} action={create${n.Model}Action} submitLabel="Create ${n.label}" pendingLabel="Creating…" />
        </section>
      )}
    </div>
  );
}
`;
}

export function detailPageFile(n: Names): string {
  return `import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/format";
import { get${n.Model} } from "@/server/${n.slug}/queries";
import { requireOrgPage } from "@/server/auth/require-page";
import { can } from "@/server/permissions";
import { delete${n.Model}Action, update${n.Model}Action } from "../actions";
import { ${n.Model}Form } from "../_components/${n.slugOne}-form";

export const metadata: Metadata = { title: "${n.Label}" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function ${n.Model}Page({ params, searchParams }: Props) {
  const { id } = await params;
  const ctx = await requireOrgPage(\`/dashboard/${n.slug}/\${id}\`);
  // Without read access, and for another organization's ${n.label}, the page does not exist.
  if (!can(ctx, "${n.perm}.read")) notFound();
  const result = await get${n.Model}(ctx, id);
  if (!result.ok) notFound();
  const { ${n.model} } = result;

  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <Link href="/dashboard/${n.slug}" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
          ← All ${n.labels}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight break-words">{${n.model}.name}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Created {formatDate(${n.model}.createdAt)} by {${n.model}.createdBy?.name ?? "a former member"} · updated {formatDate(${n.model}.updatedAt)}
        </p>
      </div>
      {(await searchParams).created && <Notice title="${n.Label} created." tone="success" />}

      {can(ctx, "${n.perm}.update") ? (
        <section aria-labelledby="edit-heading" className="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
          <h2 id="edit-heading" className="mb-4 font-medium">
            Details
          </h2>
          <${n.Model}Form
            organizationId={ctx.organization.id}
            action={update${n.Model}Action.bind(null, ${n.model}.id)}
            initial={{ name: ${n.model}.name, description: ${n.model}.description }}
            submitLabel="Save changes"
            pendingLabel="Saving…"
          />
        </section>
      ) : (
        <p className="whitespace-pre-line text-zinc-700 dark:text-zinc-300">{${n.model}.description || "No description."}</p>
      )}

      {can(ctx, "${n.perm}.delete") && (
        <section aria-labelledby="danger-heading" className="space-y-3">
          <h2 id="danger-heading" className="font-medium">
            Danger zone
          </h2>
          <ConfirmButton
            organizationId={ctx.organization.id}
            action={delete${n.Model}Action.bind(null, ${n.model}.id)}
            trigger="Delete ${n.label}…"
            triggerVariant="danger-outline"
            confirm="Delete ${n.label}"
            pending="Deleting…"
          >
            Delete <strong>{${n.model}.name}</strong> from {ctx.organization.name}? It is removed for every member. This cannot be undone.
          </ConfirmButton>
        </section>
      )}
    </div>
  );
}
`;
}
