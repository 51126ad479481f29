"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIE } from "@/server/auth/token";
import { publicAction } from "@/server/http/declare-action";
import { endSupportAccess } from "@/server/support/access";

/**
 * The support banner's "End": public because in a support view every other action is refused; it only ever ends
 * the support view of the session the cookie names, and writes that end to the organization's audit log.
 */
export const endSupportAction = publicAction({}, async ({ meta }) => {
  await endSupportAccess((await cookies()).get(SESSION_COOKIE)?.value, meta);
  redirect("/admin");
});
