import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/format";
import { requireOrgPage } from "@/server/auth/require-page";
import { can } from "@/server/permissions";
import { getProject } from "@/server/projects/queries";
import { deleteProjectAction, updateProjectAction } from "../actions";
import { ProjectForm } from "../_components/project-form";

export const metadata: Metadata = { title: "Project" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function ProjectPage({ params, searchParams }: Props) {
  const { id } = await params;
  const ctx = await requireOrgPage(`/dashboard/projects/${id}`);
  // Without read access, and for another organization's project, the page does not exist.
  if (!can(ctx, "projects.read")) notFound();
  const result = await getProject(ctx, id);
  if (!result.ok) notFound();
  const { project } = result;
  const editable = can(ctx, "projects.update");

  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <Link href="/dashboard/projects" className="text-sm text-indigo-600 hover:underline dark:text-indigo-400">
          ← All projects
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight break-words">{project.name}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Created {formatDate(project.createdAt)} by {project.createdBy?.name ?? "a former member"} · updated{" "}
          {formatDate(project.updatedAt)}
        </p>
      </div>
      {(await searchParams).created && <Notice title="Project created." tone="success" />}

      {editable ? (
        <section
          aria-labelledby="edit-heading"
          className="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <h2 id="edit-heading" className="mb-4 font-medium">
            Details
          </h2>
          <ProjectForm
            organizationId={ctx.organization.id}
            action={updateProjectAction.bind(null, project.id)}
            initial={{ name: project.name, description: project.description }}
            submitLabel="Save changes"
            pendingLabel="Saving…"
          />
        </section>
      ) : (
        <p className="whitespace-pre-line text-zinc-700 dark:text-zinc-300">{project.description || "No description."}</p>
      )}

      {can(ctx, "projects.delete") && (
        <section aria-labelledby="danger-heading" className="space-y-3">
          <h2 id="danger-heading" className="font-medium">
            Danger zone
          </h2>
          <ConfirmButton
            organizationId={ctx.organization.id}
            action={deleteProjectAction.bind(null, project.id)}
            trigger="Delete project…"
            triggerVariant="danger-outline"
            confirm="Delete project"
            pending="Deleting…"
          >
            Delete <strong>{project.name}</strong> from {ctx.organization.name}? Its name and description are removed for every member. This
            cannot be undone.
          </ConfirmButton>
        </section>
      )}
    </div>
  );
}
