import "server-only";
import type { z } from "zod";
import { fieldErrors } from "@/lib/validation/errors";
import { fail, type Result } from "@/server/results/result";

export const MAX_JSON_BYTES = 1024 * 1024;

/** Reads and validates a JSON body: 415 if not JSON, 413 past 1 MB, 400 if malformed or invalid. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<Result<{ data: z.infer<S> }>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return fail("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with content-type: application/json.");
  }
  const declaredLength = Number(request.headers.get("content-length") ?? 0);
  if (declaredLength > MAX_JSON_BYTES) return tooLarge();

  const bytes = await readAtMost(request, MAX_JSON_BYTES);
  if (!bytes) return tooLarge();

  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return fail("INVALID_JSON", "The request body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return fail("VALIDATION_FAILED", "The request body must be a JSON object.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return fail("VALIDATION_FAILED", "Some fields need attention.", fieldErrors(parsed.error));
  }
  return { ok: true, data: parsed.data };
}

function tooLarge() {
  return fail("PAYLOAD_TOO_LARGE", `The request body is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB.`);
}

/** The body's bytes, or null once it grows past `limit` (stops reading, so a huge body costs little). */
export async function readAtMost(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
