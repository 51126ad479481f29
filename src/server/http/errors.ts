import "server-only";
import { NextResponse } from "next/server";
import type { ErrorCode, Failure } from "./result";

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  NO_ACTIVE_ORGANIZATION: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  ORG_CHANGED: 409,
  SLUG_TAKEN: 409,
  ROLE_NAME_TAKEN: 409,
  SERVICE_UNAVAILABLE: 503,
};

export function errorResponse({ code, message, fields }: Failure): NextResponse {
  return NextResponse.json({ error: fields ? { code, message, fields } : { code, message } }, { status: STATUS[code] });
}
