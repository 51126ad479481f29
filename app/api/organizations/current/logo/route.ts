import { json, noContent, orgRoute } from "@/server/http/declare-route";
import { readAtMost } from "@/server/http/json-body";
import { fail } from "@/server/results/result";
import { logoTooLarge, MAX_LOGO_BYTES, removeOrganizationLogo, setOrganizationLogo } from "@/server/organizations/logo";
import { organizationOperations } from "@/server/organizations/operations";

// Room for the multipart envelope around a file of the maximum size.
const MULTIPART_OVERHEAD = 16 * 1024;

/**
 * Uploads the logo: `multipart/form-data` with a `file` field (what a browser form sends), or the image itself as
 * the body. Past 1 MB the upload stops being read at once (413); the type is checked by content (400).
 */
export const POST = orgRoute(organizationOperations.uploadLogo, async ({ ctx, request, meta }) => {
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data/i.test(contentType);
  const limit = MAX_LOGO_BYTES + (multipart ? MULTIPART_OVERHEAD : 0);
  if (Number(request.headers.get("content-length") ?? 0) > limit) return logoTooLarge();
  const body = await readAtMost(request, limit);
  if (!body) return logoTooLarge();

  let bytes: Uint8Array = body;
  if (multipart) {
    const form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData().catch(() => null);
    const file = form?.get("file");
    if (!file || typeof file === "string")
      return fail("VALIDATION_FAILED", "Attach the logo as the form field `file`.", { file: "Choose an image." });
    bytes = new Uint8Array(await file.arrayBuffer());
  }
  if (bytes.byteLength === 0) return fail("INVALID_IMAGE", "The upload is empty. Choose a PNG, JPEG or WebP image.");

  const result = await setOrganizationLogo(ctx, bytes, meta);
  return result.ok ? json({ logoUrl: result.logoUrl }) : result;
});

export const DELETE = orgRoute(organizationOperations.removeLogo, async ({ ctx, meta }) => {
  await removeOrganizationLogo(ctx, meta);
  return noContent();
});
