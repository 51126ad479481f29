import { RESERVED_SLUGS } from "./slug";

/**
 * The organization slug a host names under ROOT_DOMAIN: "acme.example.com" → "acme". Null for the root domain
 * itself, for hosts outside it, and for reserved names such as www or app.
 */
export function slugFromHost(host: string | null, rootDomain: string | undefined): string | null {
  if (!host || !rootDomain) return null;
  const hostname = host.toLowerCase().replace(/:\d+$/, "");
  if (!hostname.endsWith(`.${rootDomain}`)) return null;
  const sub = hostname.slice(0, -rootDomain.length - 1);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(sub) || RESERVED_SLUGS.has(sub)) return null;
  return sub;
}

/** Where an organization's dashboard lives: its own subdomain when ROOT_DOMAIN is set, else /dashboard here. */
export function organizationHome(slug: string, rootDomain: string | undefined, current: { protocol: string; port: string }): string {
  if (!rootDomain) return "/dashboard";
  return `${current.protocol}//${slug}.${rootDomain}${current.port ? `:${current.port}` : ""}/dashboard`;
}
