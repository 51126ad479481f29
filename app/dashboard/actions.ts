"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { clearSessionCookie } from "@/server/auth/cookie";
import { logOut } from "@/server/auth/logout";
import { authOperations } from "@/server/auth/operations";
import { SESSION_COOKIE } from "@/server/auth/token";
import { publicAction } from "@/server/http/declare-action";

export const logoutAction = publicAction(authOperations.logout, async () => {
  const cookieStore = await cookies();
  await logOut(cookieStore.get(SESSION_COOKIE)?.value);
  clearSessionCookie(cookieStore);
  redirect("/login");
});
