import "server-only";
import { headers } from "next/headers";
import { env } from "@/env";
import { organizationHome } from "@/lib/organization-host";

/** Where to send the browser after a switch: the organization's subdomain when ROOT_DOMAIN is set, else /dashboard. */
export async function organizationHomeFor(slug: string): Promise<string> {
  if (!env.ROOT_DOMAIN) return "/dashboard";
  const requestHeaders = await headers();
  const protocol = `${requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http"}:`;
  const port = requestHeaders.get("host")?.match(/:(\d+)$/)?.[1] ?? "";
  return organizationHome(slug, env.ROOT_DOMAIN, { protocol, port });
}
