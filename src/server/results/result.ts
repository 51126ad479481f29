import "server-only";
import type { ErrorCode } from "./error-codes";

export type { ErrorCode };

/** An expected failure as a value: what every service returns instead of throwing (the wrappers answer it). */
export type Failure = {
  ok: false;
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
  /** With RATE_LIMITED: when to try again (the Retry-After header). */
  retryAfterSeconds?: number;
};
export type Result<T extends object> = ({ ok: true } & T) | Failure;

export function fail(code: ErrorCode, message: string, fields?: Record<string, string>): Failure {
  return fields ? { ok: false, code, message, fields } : { ok: false, code, message };
}
