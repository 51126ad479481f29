import type { Metadata } from "next";
import Link from "next/link";
import { CursorPager } from "@/components/ui/cursor-pager";
import { Notice } from "@/components/ui/notice";
import { SearchForm } from "@/components/ui/search-form";
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
          <SearchForm action="/dashboard/projects" label="Search projects" q={q} />
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
                <Link
                  href={`/dashboard/projects/${project.id}`}
                  className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                >
                  {project.name}
                </Link>
                {project.description && (
                  <p className="mt-0.5 line-clamp-1 text-sm text-zinc-600 dark:text-zinc-400">{project.description}</p>
                )}
                <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                  Created {formatDate(project.createdAt)} by {project.createdBy?.name ?? "a former member"}
                </p>
              </li>
            ))}
          </ul>
        )}
        <CursorPager path="/dashboard/projects" params={{ q }} cursor={cursor} nextCursor={nextCursor} label="Project pages" />
      </section>

      {can(ctx, "projects.create") && (
        <section
          aria-labelledby="new-project-heading"
          className="h-fit rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <h2 id="new-project-heading" className="mb-4 font-medium">
            New project
          </h2>
          <ProjectForm
            organizationId={ctx.organization.id}
            action={createProjectAction}
            submitLabel="Create project"
            pendingLabel="Creating…"
          />
        </section>
      )}
    </div>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
