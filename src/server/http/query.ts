import "server-only";
import type { z } from "zod";
import type { NextRequest } from "next/server";
import { fieldErrors } from "@/lib/validation/errors";
import { fail, type Result } from "@/server/results/result";

/** Validates the query string; a repeated parameter counts once (its first value). */
export function readQuery<S extends z.ZodType>(request: NextRequest, schema: S): Result<{ data: z.infer<S> }> {
  const params: Record<string, string> = {};
  for (const [key, value] of request.nextUrl.searchParams) params[key] ??= value;
  const parsed = schema.safeParse(params);
  if (!parsed.success) return fail("VALIDATION_FAILED", "Some query parameters are invalid.", fieldErrors(parsed.error));
  return { ok: true, data: parsed.data };
}
