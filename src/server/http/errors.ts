import "server-only";
import { NextResponse } from "next/server";
import { ERROR_STATUS } from "@/server/results/error-codes";
import type { Failure } from "@/server/results/result";

/** A failure as the JSON API answers it: its code's status (results/error-codes.ts), `{ error: { code, message, fields? } }`. */
export function errorResponse({ code, message, fields, retryAfterSeconds }: Failure): NextResponse {
  const headers = retryAfterSeconds === undefined ? undefined : { "Retry-After": String(retryAfterSeconds) };
  return NextResponse.json({ error: fields ? { code, message, fields } : { code, message } }, { status: ERROR_STATUS[code], headers });
}
