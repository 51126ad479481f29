import "server-only";
import { Resolver } from "node:dns/promises";
import { env } from "@/env";

/** Where the proof lives: a TXT record on this name, so the domain's own records (MX, SPF on the apex) are untouched. */
export function verificationRecordName(domain: string): string {
  return `_orgstack-verification.${domain}`;
}

/**
 * The TXT values at `name` (each record's chunks joined, as RFC 7208 reads them), or [] when there are none or the
 * name does not exist. A resolver that cannot be reached is an error: "not verified" must not be said of an outage.
 */
export async function txtRecords(name: string): Promise<string[]> {
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  if (env.DNS_SERVERS) resolver.setServers(env.DNS_SERVERS);
  try {
    return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(""));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTFOUND" || code === "ENODATA") return [];
    throw new DnsUnavailable(code ?? "unknown");
  }
}

export class DnsUnavailable extends Error {
  constructor(readonly code: string) {
    super(`DNS lookup failed (${code})`);
  }
}
