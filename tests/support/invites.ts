import { createHash } from "node:crypto";
import { POST as acceptRoute } from "../../app/api/invites/accept/route";
import { POST as inviteRoute } from "../../app/api/invites/route";
import { POST as linkRoute } from "../../app/api/invite-links/route";
import type { Role } from "@/server/db";
import { capturedEmails, firstLinkTo } from "./emails";
import { call } from "./http";

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Invites `email` through the real route as the holder of `token`. */
export async function invite(token: string, email: string, role: Role = "MEMBER") {
  return call(inviteRoute, "POST", "/api/invites", { token, body: { email, role } });
}

/** The token from the newest invitation email to `email`, read from the link in the email itself. */
export async function tokenFromLatestEmail(email: string): Promise<string> {
  const emails = await capturedEmails(email);
  const latest = emails.at(-1);
  if (!latest) throw new Error(`no email was sent to ${email}`);
  const link = firstLinkTo(latest, "/invite/");
  if (!link) throw new Error(`the email to ${email} has no /invite/ link`);
  return new URL(link).pathname.split("/").pop()!;
}

/** Invites `email` and returns the invitation and the token its email carried. */
export async function inviteAndReadToken(adminToken: string, email: string, role: Role = "MEMBER") {
  const response = await invite(adminToken, email, role);
  if (response.status !== 201) throw new Error(`invite failed: ${response.status} ${await response.text()}`);
  const { invite: created } = (await response.json()) as {
    invite: { id: string; email: string; role: Role; status: string; expiresAt: string };
  };
  return { invite: created, token: await tokenFromLatestEmail(email) };
}

export async function accept(sessionToken: string | undefined, inviteToken: string) {
  return call(acceptRoute, "POST", "/api/invites/accept", { token: sessionToken, body: { token: inviteToken } });
}

export async function createLink(adminToken: string, body: Record<string, unknown>) {
  const response = await call(linkRoute, "POST", "/api/invite-links", { token: adminToken, body });
  if (response.status !== 201) throw new Error(`create link failed: ${response.status} ${await response.text()}`);
  const { link } = (await response.json()) as { link: { id: string; url: string; maxUses: number; role: Role } };
  return { ...link, token: new URL(link.url).pathname.split("/").pop()! };
}
