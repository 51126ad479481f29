import "server-only";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { env } from "@/env";

// Addresses a webhook must never reach from our servers: this machine, the private network behind it, cloud
// metadata services (169.254.169.254), and the other special ranges (SSRF).
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

export function isPrivateAddress(address: string): boolean {
  // An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it carries (BlockList maps IPv4
  // onto IPv6 rules itself, so that prefix cannot be listed).
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPrivateAddress(mapped[1]!);
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * Why a webhook URL may not be called, or null. https only in production (http in development, or with private URLs
 * allowed); and unless
 * WEBHOOKS_ALLOW_PRIVATE_URLS=true (development, tests), no host that is or resolves to a private, loopback or
 * link-local address. Checked when the endpoint is saved and again before every delivery (DNS can change).
 */
export async function refuseWebhookUrl(raw: string, allowPrivate = env.WEBHOOKS_ALLOW_PRIVATE_URLS): Promise<string | null> {
  return refuseOutboundUrl(raw, {
    allowPrivate,
    what: "Webhook URLs",
    example: "https://example.com/webhooks/orgstack",
    reaches: "webhooks",
  });
}

/**
 * The same rule for every URL the server calls on a tenant's say-so (webhooks, identity providers' metadata and
 * discovery documents): one place decides which hosts the server may be made to reach.
 */
export async function refuseOutboundUrl(
  raw: string,
  {
    allowPrivate = env.WEBHOOKS_ALLOW_PRIVATE_URLS,
    what,
    example,
    reaches,
  }: { allowPrivate?: boolean; what: string; example: string; reaches: string },
): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `Enter a full URL, e.g. ${example}.`;
  }
  // http only outside production, or where private URLs are allowed (a local receiver in tests of a build).
  if (url.protocol !== "https:" && !(url.protocol === "http:" && (env.NODE_ENV !== "production" || allowPrivate)))
    return `${what} must use https.`;
  if (url.username || url.password) return "Put credentials in your receiver's configuration, not in the URL.";
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch {
    return `The host ${host} could not be found.`;
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    return `That URL points to a private, loopback or link-local address, which ${reaches} may not reach.`;
  }
  return null;
}
