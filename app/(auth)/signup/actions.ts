"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { writeSessionCookie } from "@/server/auth/cookie";
import { authOperations } from "@/server/auth/operations";
import { publicAction } from "@/server/http/declare-action";
import { signUp } from "@/server/users/signup";

export const signupAction = publicAction(authOperations.signup, async ({ input, meta }) => {
  const result = await signUp(input, meta);
  if (!result.ok) return result;
  writeSessionCookie(await cookies(), result.session.token, result.session.expiresAt);
  redirect("/dashboard");
});
