"use server";

import { revalidatePath } from "next/cache";
import { grantLicenseSchema } from "@/lib/validation/licenses";
import { grantLicense, revokeLicense } from "@/server/billing/licenses";
import { redirect } from "next/navigation";
import { startSupportSchema } from "@/lib/validation/support";
import { superadminAction } from "@/server/http/declare-action";
import { startSupportAccess } from "@/server/support/access";

export const grantLicenseAction = superadminAction(
  { body: grantLicenseSchema, params: ["organizationId"] },
  async ({ admin, input, meta }, organizationId: string) => {
    const granted = await grantLicense(admin, organizationId, input, meta);
    if (!granted.ok) return granted;
    revalidatePath(`/admin/organizations/${organizationId}`);
    return { status: "success", message: "License granted.", values: {} };
  },
);

export const revokeLicenseAction = superadminAction(
  { params: ["organizationId", "licenseId"] },
  async ({ admin, meta }, organizationId: string, licenseId: string) => {
    const revoked = await revokeLicense(admin, organizationId, licenseId, meta);
    if (!revoked.ok) return revoked;
    revalidatePath(`/admin/organizations/${organizationId}`);
    return { status: "success", message: "License revoked.", values: {} };
  },
);

/** "View as": the session becomes a read-only view of the organization as that member, and lands on its dashboard. */
export const startSupportAction = superadminAction(
  { body: startSupportSchema, params: ["organizationId"] },
  async ({ admin, input, meta }, organizationId: string) => {
    const started = await startSupportAccess(admin, organizationId, input, meta);
    if (!started.ok) return started;
    redirect("/dashboard");
  },
);
