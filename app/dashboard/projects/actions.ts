"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/server/http/declare-action";
import { createProject, deleteProject, updateProject } from "@/server/projects/mutations";
import { projectOperations } from "@/server/projects/operations";

export const createProjectAction = orgAction(projectOperations.create, async ({ ctx, input, meta }) => {
  const created = await createProject(ctx, input, meta);
  if (!created.ok) return created;
  revalidatePath("/dashboard/projects");
  redirect(`/dashboard/projects/${created.project.id}?created=1`);
});

export const updateProjectAction = orgAction(projectOperations.update, async ({ ctx, input, meta }, projectId: string) => {
  const result = await updateProject(ctx, projectId, input, meta);
  if (!result.ok) return result;
  revalidatePath("/dashboard/projects");
  return { status: "success", message: "Saved.", values: { name: result.project.name, description: result.project.description } };
});

export const deleteProjectAction = orgAction(projectOperations.delete, async ({ ctx, meta }, projectId: string) => {
  const result = await deleteProject(ctx, projectId, meta);
  if (!result.ok) return result;
  revalidatePath("/dashboard/projects");
  redirect("/dashboard/projects?deleted=1");
});
