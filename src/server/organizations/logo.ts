import "server-only";
import { createHash } from "node:crypto";
import { detectImageType, IMAGE_EXTENSIONS } from "@/lib/image-type";
import { audit } from "@/server/audit/record";
import type { OrgContext } from "@/server/auth/context";
import { db } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/results/result";
import { isId } from "@/server/ids";
import { storage, type StoredFile } from "@/server/storage";
import { withTenant } from "@/server/tenant/scope";
import { logoUrl } from "./logo-url";

export const MAX_LOGO_BYTES = 1024 * 1024;

export function logoTooLarge() {
  return fail("PAYLOAD_TOO_LARGE", "The logo must be at most 1 MB. Export a smaller PNG, JPEG or WebP.");
}

/**
 * Replaces the organization's logo. The type comes from the file's content, never its name or declared type. The
 * file is stored before the row points at it and the old one deleted after the commit: a crash in between leaves at
 * most an unreferenced file, never a logo URL without its file.
 */
export async function setOrganizationLogo(ctx: OrgContext, bytes: Uint8Array, meta: RequestMeta): Promise<Result<{ logoUrl: string }>> {
  if (bytes.byteLength > MAX_LOGO_BYTES) return logoTooLarge();
  const type = detectImageType(bytes);
  if (!type) return fail("INVALID_IMAGE", "The logo must be a PNG, JPEG or WebP image; this file is none of them, whatever its name says.");

  const organizationId = ctx.organization.id;
  const key = `logos/${organizationId}/${createHash("sha256").update(bytes).digest("hex")}.${IMAGE_EXTENSIONS[type]}`;
  await storage().put(key, bytes, type);
  const previous = await withTenant(ctx, async (tx) => {
    const current = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { logoKey: true } });
    await tx.organization.update({ where: { id: organizationId }, data: { logoKey: key } });
    await audit(tx, ctx, meta, {
      action: "organization.logo_updated",
      targetType: "organization",
      targetId: organizationId,
      metadata: { type, bytes: bytes.byteLength },
    });
    return current.logoKey;
  });
  if (previous && previous !== key) await storage().delete(previous);
  return { ok: true, logoUrl: logoUrl(organizationId, key)! };
}

export async function removeOrganizationLogo(ctx: OrgContext, meta: RequestMeta): Promise<void> {
  const organizationId = ctx.organization.id;
  const previous = await withTenant(ctx, async (tx) => {
    const current = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { logoKey: true } });
    if (!current.logoKey) return null;
    await tx.organization.update({ where: { id: organizationId }, data: { logoKey: null } });
    await audit(tx, ctx, meta, { action: "organization.logo_removed", targetType: "organization", targetId: organizationId });
    return current.logoKey;
  });
  if (previous) await storage().delete(previous);
}

/** The logo of an organization the user belongs to (a live one); anyone else gets nothing, as if there were none. */
export async function readOrganizationLogo(userId: string, organizationId: string): Promise<StoredFile | null> {
  if (!isId(organizationId)) return null;
  const membership = await db.membership.findFirst({
    where: { userId, organizationId, organization: { deletedAt: null } },
    select: { organization: { select: { logoKey: true } } },
  });
  const key = membership?.organization.logoKey;
  return key ? storage().get(key) : null;
}
