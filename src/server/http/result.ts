import "server-only";

/** Every expected failure a client can cause; each maps to exactly one HTTP status in errors.ts. */
export type ErrorCode =
  | "VALIDATION_FAILED"
  | "INVALID_JSON"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "PAYLOAD_TOO_LARGE"
  | "UNAUTHENTICATED"
  | "NO_ACTIVE_ORGANIZATION"
  | "INVALID_CREDENTIALS"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "EMAIL_TAKEN"
  | "ORG_CHANGED"
  | "SLUG_TAKEN"
  | "ROLE_NAME_TAKEN"
  | "ALREADY_MEMBER"
  | "EMAIL_MISMATCH"
  | "EMAIL_DOMAIN_NOT_ALLOWED"
  | "EMAIL_NOT_VERIFIED"
  | "INVITE_EXPIRED"
  | "INVITE_USED"
  | "INVITE_REVOKED"
  | "INVITE_NOT_PENDING"
  | "RATE_LIMITED"
  | "LAST_OWNER"
  | "CONFIRMATION_MISMATCH"
  | "INVALID_IMAGE"
  | "TRANSFER_NOT_PENDING"
  | "ORGANIZATION_PURGED"
  | "TOKEN_NOT_FOUND"
  | "TOKEN_EXPIRED"
  | "TOKEN_USED"
  | "ALREADY_VERIFIED"
  | "INCORRECT_PASSWORD"
  | "FORBIDDEN_ORIGIN"
  | "FEATURE_NOT_IN_PLAN"
  | "PLAN_LIMIT_REACHED"
  | "INVALID_SIGNATURE"
  | "WEBHOOK_LIMIT_REACHED"
  | "WEBHOOK_DISABLED"
  | "BILLING_OFF"
  | "SERVICE_UNAVAILABLE"
  | "MFA_REQUIRED"
  | "STEP_UP_REQUIRED"
  | "INVALID_CODE"
  | "TWO_FACTOR_NOT_ENABLED"
  | "TWO_FACTOR_ALREADY_ENABLED"
  | "PASSKEY_FAILED"
  | "DOMAIN_NOT_VERIFIED"
  | "DOMAIN_TAKEN"
  | "SUPPORT_READ_ONLY"
  | "SSO_FAILED"
  | "SSO_UNAVAILABLE"
  | "SSO_NOT_PROVISIONED"
  | "SSO_REQUIRED"
  | "SSO_NOT_CONFIGURED";

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
