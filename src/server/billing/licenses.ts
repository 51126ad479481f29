import "server-only";
import type { GrantLicenseInput } from "@/lib/validation/licenses";
import { recordAudit } from "@/server/audit/record";
import type { SuperadminContext } from "@/server/auth/context";
import { db } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import type { Entitlements } from "./entitlements";
import { loadEntitlements } from "./load";
import { FEATURES, isPlanKey } from "./plans";

export type LicenseDto = {
  id: string;
  plan: string | null;
  feature: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  note: string;
  createdAt: Date;
  grantedBy: { name: string; email: string } | null;
};

const licenseSelect = {
  id: true,
  plan: true,
  feature: true,
  expiresAt: true,
  revokedAt: true,
  note: true,
  createdAt: true,
  grantedBy: { select: { name: true, email: true } },
} as const;

/** An organization's licenses, newest first, for /admin. Takes the context only requireSuperadmin gives. */
export async function licensesOf(_admin: SuperadminContext, organizationId: string): Promise<LicenseDto[]> {
  if (!isId(organizationId)) return [];
  return db.license.findMany({ where: { organizationId }, orderBy: { createdAt: "desc" }, select: licenseSelect });
}

/** The organization's effective plan, for /admin. */
export async function entitlementsAsAdmin(_admin: SuperadminContext, organizationId: string): Promise<Entitlements> {
  return loadEntitlements(db, organizationId);
}

/**
 * A superadmin grants an organization a plan or one feature by hand (an enterprise deal, a partner, support),
 * optionally until the end of a day; the grant is recorded in the organization's own audit log with it.
 */
export async function grantLicense(
  admin: SuperadminContext,
  organizationId: string,
  input: GrantLicenseInput,
  meta: RequestMeta,
): Promise<Result<{ license: LicenseDto }>> {
  const [kind, key] = input.grant.split(":") as ["plan" | "feature", string];
  if (kind === "plan" ? !isPlanKey(key) : !Object.hasOwn(FEATURES, key))
    return fail("VALIDATION_FAILED", "Choose a plan or a feature.", { grant: "Choose a plan or a feature." });
  const expiresAt = input.expiresOn ? new Date(`${input.expiresOn}T23:59:59.999Z`) : null;
  if (expiresAt && expiresAt <= new Date())
    return fail("VALIDATION_FAILED", "The expiry must be in the future.", { expiresOn: "Choose a day after today." });
  if (!isId(organizationId)) return organizationNotFound();

  return db.$transaction(async (tx) => {
    const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
    if (!organization) return organizationNotFound();
    const license = await tx.license.create({
      data: {
        organizationId,
        plan: kind === "plan" ? key : null,
        feature: kind === "feature" ? key : null,
        expiresAt,
        note: input.note,
        grantedById: admin.user.id,
      },
      select: licenseSelect,
    });
    await recordAudit(tx, {
      organizationId,
      actorId: admin.user.id,
      action: "billing.license_granted",
      targetType: "license",
      targetId: license.id,
      metadata: { [kind]: key, expiresAt: expiresAt?.toISOString() ?? null, note: input.note },
      meta,
    });
    return { ok: true as const, license };
  });
}

/** Ends a license now (kept, marked revoked, for the record); audited in the organization's log. */
export async function revokeLicense(
  admin: SuperadminContext,
  organizationId: string,
  licenseId: string,
  meta: RequestMeta,
): Promise<Result<object>> {
  if (!isId(organizationId) || !isId(licenseId)) return licenseNotFound();
  return db.$transaction(async (tx) => {
    const revoked = await tx.license.updateManyAndReturn({
      where: { id: licenseId, organizationId, revokedAt: null },
      data: { revokedAt: new Date() },
      select: { plan: true, feature: true },
    });
    if (revoked.length !== 1) return licenseNotFound();
    await recordAudit(tx, {
      organizationId,
      actorId: admin.user.id,
      action: "billing.license_revoked",
      targetType: "license",
      targetId: licenseId,
      metadata: { plan: revoked[0]!.plan, feature: revoked[0]!.feature },
      meta,
    });
    return { ok: true as const };
  });
}

function organizationNotFound() {
  return fail("NOT_FOUND", "No such organization.");
}

function licenseNotFound() {
  return fail("NOT_FOUND", "No such license, or it is already revoked.");
}
