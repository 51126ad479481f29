import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/format";
import { listProjectsQuery } from "@/lib/validation/projects";
import { requireOrgPage } from "@/server/auth/require-page";
import { can } from "@/server/permissions";
import { listProjects } from "@/server/projects/queries";
import { createProjectAction } from "./actions";
import { ProjectForm } from "./_components/project-form";

export const metadata: Metadata = { title: "Projects" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ProjectsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requireOrgPage("/dashboard/projects");
  if (!can(ctx, "projects.read")) {
    return <Notice title="No access to projects">Your role in {ctx.organization.name} does not include projects. Ask an admin.</Notice>;
  }
  const params = await searchParams;
  const query = listProjectsQuery.safeParse({ q: first(params.q), cursor: first(params.cursor), limit: 25 });
  const { q, cursor } = query.success ? query.data : { q: undefined, cursor: undefined };
  const { projects, nextCursor } = await listProjects(ctx, { q, cursor, limit: 25 });

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="projects-heading" className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 id="projects-heading" className="text-2xl font-semibold tracking-tight">
              Projects
            </h1>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Everything {ctx.organization.name} is working on.</p>
          </div>
          <form role="search" className="flex gap-2">
            <label htmlFor="q" className="sr-only">
              Search projects
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={q}
              placeholder="Search by name"
              className="w-48 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900"
            />
            <button type="submit" className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800">
              Search
            </button>
          </form>
        </div>
        {first(params.deleted) && <Notice title="Project deleted." tone="success" />}

        {projects.length === 0 ? (
          <Notice title={q ? `No projects match “${q}”` : "No projects yet"}>
            {q ? (
              <Link href="/dashboard/projects" className="text-indigo-600 hover:underline dark:text-indigo-400">
                Show all projects
              </Link>
            ) : can(ctx, "projects.create") ? (
              "Create the first one with the form on this page."
            ) : (
              "When someone creates a project, it will be listed here."
            )}
          </Notice>
        ) : (
          <ul className="divide-y divide-zinc-200 overflow-hidden rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {projects.map((project) => (
              <li key={project.id} className="px-4 py-3">
                <Link href={`/dashboard/projects/${project.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                  {project.name}
                </Link>
                {project.description && <p className="mt-0.5 line-clamp-1 text-sm text-zinc-600 dark:text-zinc-400">{project.description}</p>}
                <p className="mt-1 text-xs text-zinc-500">
                  Created {formatDate(project.createdAt)} by {project.createdBy?.name ?? "a former member"}
                </p>
              </li>
            ))}
          </ul>
        )}
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {cursor && (
            <Link href={`/dashboard/projects${q ? `?q=${encodeURIComponent(q)}` : ""}`} className="text-indigo-600 hover:underline dark:text-indigo-400">
              ← First page
            </Link>
          )}
          {nextCursor && (
            <Link
              href={`/dashboard/projects?${new URLSearchParams({ ...(q ? { q } : {}), cursor: nextCursor })}`}
              className="text-indigo-600 hover:underline dark:text-indigo-400"
            >
              Next page →
            </Link>
          )}
        </nav>
      </section>

      {can(ctx, "projects.create") && (
        <section aria-labelledby="new-project-heading" className="h-fit rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
          <h2 id="new-project-heading" className="mb-4 font-medium">
            New project
          </h2>
          <ProjectForm organizationId={ctx.organization.id} action={createProjectAction} submitLabel="Create project" pendingLabel="Creating…" />
        </section>
      )}
    </div>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
