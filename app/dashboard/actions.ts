"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { clearSessionCookie } from "@/server/auth/cookie";
import { logOut } from "@/server/auth/logout";
import { SESSION_COOKIE } from "@/server/auth/token";

export async function logoutAction(): Promise<void> {
  const cookieStore = await cookies();
  await logOut(cookieStore.get(SESSION_COOKIE)?.value);
  clearSessionCookie(cookieStore);
  redirect("/login");
}
