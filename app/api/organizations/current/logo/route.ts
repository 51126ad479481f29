import { NextResponse } from "next/server";
import { requireOrgContext } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { readAtMost } from "@/server/http/json-body";
import { requestMeta } from "@/server/http/request-meta";
import { fail } from "@/server/http/result";
import { apiRoute } from "@/server/http/route";
import { logoTooLarge, MAX_LOGO_BYTES, removeOrganizationLogo, setOrganizationLogo } from "@/server/organizations/logo";

// Room for the multipart envelope around a file of the maximum size.
const MULTIPART_OVERHEAD = 16 * 1024;

/**
 * Uploads the logo: `multipart/form-data` with a `file` field (what a browser form sends), or the image itself as
 * the body. Past 1 MB the upload stops being read at once (413); the type is checked by content (400).
 */
export const POST = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "org.update");
  if (!auth.ok) return errorResponse(auth);

  const contentType = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data/i.test(contentType);
  const limit = MAX_LOGO_BYTES + (multipart ? MULTIPART_OVERHEAD : 0);
  if (Number(request.headers.get("content-length") ?? 0) > limit) return errorResponse(logoTooLarge());
  const body = await readAtMost(request, limit);
  if (!body) return errorResponse(logoTooLarge());

  let bytes: Uint8Array = body;
  if (multipart) {
    const form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData().catch(() => null);
    const file = form?.get("file");
    if (!file || typeof file === "string") return errorResponse(fail("VALIDATION_FAILED", "Attach the logo as the form field `file`.", { file: "Choose an image." }));
    bytes = new Uint8Array(await file.arrayBuffer());
  }
  if (bytes.byteLength === 0) return errorResponse(fail("INVALID_IMAGE", "The upload is empty. Choose a PNG, JPEG or WebP image."));

  const result = await setOrganizationLogo(auth.ctx, bytes, requestMeta(request.headers));
  return result.ok ? NextResponse.json({ logoUrl: result.logoUrl }) : errorResponse(result);
});

export const DELETE = apiRoute(async (request) => {
  const auth = await requireOrgContext(request, "org.update");
  if (!auth.ok) return errorResponse(auth);
  await removeOrganizationLogo(auth.ctx, requestMeta(request.headers));
  return new NextResponse(null, { status: 204 });
});
