"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/server/http/declare-action";
import { fail } from "@/server/results/result";
import { isId } from "@/server/ids";
import { addDomain, removeDomain, updateDomain, verifyDomain } from "@/server/domains/mutations";
import { domainOperations } from "@/server/domains/operations";

const PAGE = "/dashboard/settings";

function notFound() {
  return fail("NOT_FOUND", "That domain was removed meanwhile. Reload the page.");
}

export const addDomainAction = orgAction(domainOperations.add, async ({ ctx, input, meta }) => {
  const result = await addDomain(ctx, input.domain, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: `Added ${result.domain.domain}. Publish the TXT record below, then verify.` };
});

export const verifyDomainAction = orgAction(domainOperations.verify, async ({ ctx, meta }, id: string) => {
  if (!isId(id)) return notFound();
  const result = await verifyDomain(ctx, id, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: `${result.domain.domain} is verified.` };
});

export const updateDomainAction = orgAction(domainOperations.update, async ({ ctx, input, meta }, id: string) => {
  if (!isId(id)) return notFound();
  const result = await updateDomain(ctx, id, input, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Saved." };
});

export const removeDomainAction = orgAction(domainOperations.remove, async ({ ctx, meta }, id: string) => {
  if (!isId(id)) return notFound();
  const result = await removeDomain(ctx, id, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Domain removed." };
});
