import "server-only";

/**
 * Every expected failure a client can cause, and the one HTTP status it answers with: the single list of error codes
 * (ErrorCode is its keys). A new failure adds its code here, and the API, forms and tests know it.
 */
export const ERROR_STATUS = {
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
  ALREADY_MEMBER: 409,
  EMAIL_MISMATCH: 403,
  EMAIL_DOMAIN_NOT_ALLOWED: 403,
  // A domain-restricted invite link admits an address only once its owner has proved it (opened a link sent to it).
  EMAIL_NOT_VERIFIED: 403,
  INVITE_EXPIRED: 410,
  INVITE_USED: 410,
  INVITE_REVOKED: 410,
  INVITE_NOT_PENDING: 409,
  RATE_LIMITED: 429,
  // The organization would be left without an owner (demote, remove or leave its last one).
  LAST_OWNER: 409,
  // The typed confirmation (an organization's name before deleting it) does not match.
  CONFIRMATION_MISMATCH: 400,
  // An upload that is not a PNG, JPEG or WebP image by its content, whatever it claims to be.
  INVALID_IMAGE: 400,
  // Accepting an ownership transfer that is no longer waiting (expired, its owner demoted, or ended meanwhile).
  TRANSFER_NOT_PENDING: 409,
  // Restoring an organization whose grace period is over.
  ORGANIZATION_PURGED: 410,
  // An emailed account link (verification, email change, password reset) that is unknown, expired or already used.
  TOKEN_NOT_FOUND: 404,
  TOKEN_EXPIRED: 410,
  TOKEN_USED: 410,
  // Asking for a verification email for an address that is verified already.
  ALREADY_VERIFIED: 409,
  // The current password, asked again before a sensitive change, is wrong.
  INCORRECT_PASSWORD: 400,
  // A mutation sent from another site's page (CSRF): its Origin or Sec-Fetch-Site is not ours.
  FORBIDDEN_ORIGIN: 403,
  MFA_REQUIRED: 403,
  STEP_UP_REQUIRED: 403,
  INVALID_CODE: 400,
  TWO_FACTOR_NOT_ENABLED: 409,
  TWO_FACTOR_ALREADY_ENABLED: 409,
  PASSKEY_FAILED: 400,
  DOMAIN_NOT_VERIFIED: 409,
  DOMAIN_TAKEN: 409,
  SUPPORT_READ_ONLY: 403,
  // Single sign-on: the identity provider's answer was refused, or it is unreachable; the directory gave no access;
  // the organization requires its identity provider for this person; there is no connection to require.
  SSO_FAILED: 400,
  SSO_UNAVAILABLE: 503,
  SSO_NOT_PROVISIONED: 403,
  SSO_REQUIRED: 403,
  SSO_NOT_CONFIGURED: 409,
  // The organization's plan (and licenses) do not include the feature, or its limit is reached: an upgrade lifts it.
  FEATURE_NOT_IN_PLAN: 402,
  PLAN_LIMIT_REACHED: 402,
  INVALID_SIGNATURE: 400,
  BILLING_OFF: 409,
  // Webhooks: an organization's endpoints are at their maximum, or a test event for a disabled endpoint.
  WEBHOOK_LIMIT_REACHED: 409,
  WEBHOOK_DISABLED: 409,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
