import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { POST as verifyRoute } from "../../app/api/domains/[id]/verify/route";
import { POST as addRoute } from "../../app/api/domains/route";
import { setTxtRecords } from "./dns-server";
import { call } from "./http";

/** A domain of its own for each test: they share one DNS server and one database. */
export function freshDomain(): string {
  return `corp-${randomBytes(4).toString("hex")}.example`;
}

export async function addDomain(token: string, domain: string) {
  return call(addRoute, "POST", "/api/domains", { token, body: { domain } });
}

/** Claims and proves `domain` for the organization of `token`: the TXT record published, then verified. */
export async function verifyDomain(token: string, domain: string) {
  const added = await addDomain(token, domain);
  expect(added.status).toBe(201);
  const { domain: row } = await added.json();
  await setTxtRecords(row.record.name, ["v=spf1 -all", row.record.value]);
  const checked = await call(verifyRoute, "POST", "/", { token, params: { id: row.id } });
  expect(checked.status).toBe(200);
  return (await checked.json()).domain as { id: string; record: { name: string; value: string } };
}
