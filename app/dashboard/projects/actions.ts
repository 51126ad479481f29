"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { fieldErrors } from "@/lib/validation/errors";
import { createProjectSchema, updateProjectSchema } from "@/lib/validation/projects";
import { requireOrgAction } from "@/server/auth/require-action";
import { requestMeta } from "@/server/http/request-meta";
import { createProject, deleteProject, updateProject } from "@/server/projects/mutations";

const FIELDS = ["name", "description"] as const;

export async function createProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FIELDS);
  const auth = await requireOrgAction(formData, "projects.create", "/dashboard/projects");
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const parsed = createProjectSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: "Please fix the highlighted fields.", fields: fieldErrors(parsed.error), values };

  const project = await createProject(auth.ctx, parsed.data, requestMeta(await headers()));
  revalidatePath("/dashboard/projects");
  redirect(`/dashboard/projects/${project.id}?created=1`);
}

export async function updateProjectAction(projectId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FIELDS);
  const auth = await requireOrgAction(formData, "projects.update", `/dashboard/projects/${projectId}`);
  if (!auth.ok) return { status: "error", message: auth.message, values };
  const parsed = updateProjectSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: "Please fix the highlighted fields.", fields: fieldErrors(parsed.error), values };

  const result = await updateProject(auth.ctx, projectId, parsed.data, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message, values };
  revalidatePath("/dashboard/projects");
  return { status: "success", message: "Saved.", values: { name: result.project.name, description: result.project.description } };
}

export async function deleteProjectAction(projectId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await requireOrgAction(formData, "projects.delete", `/dashboard/projects/${projectId}`);
  if (!auth.ok) return { status: "error", message: auth.message };

  const result = await deleteProject(auth.ctx, projectId, requestMeta(await headers()));
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath("/dashboard/projects");
  redirect("/dashboard/projects?deleted=1");
}
