"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { createOrganizationSchema } from "@/lib/validation/auth";
import { fieldErrors } from "@/lib/validation/errors";
import { writeSessionCookie } from "@/server/auth/cookie";
import { requireViewer } from "@/server/auth/require-page";
import { createOrganizationForUser } from "@/server/organizations/create-for-user";

export async function createOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer("/onboarding");
  const values = formValues(formData, ["name"] as const);
  const parsed = createOrganizationSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: "Please fix the highlighted field.", fields: fieldErrors(parsed.error), values };

  const { token } = await createOrganizationForUser(viewer, parsed.data);
  writeSessionCookie(await cookies(), token, viewer.session.expiresAt);
  redirect("/dashboard");
}
