// Shared by the audit page (labels) and validation (the action filter). The list mirrors AUDIT_ACTIONS in
// src/server/audit/record.ts, which a unit test keeps in step.

export const AUDIT_ACTION_LABELS = {
  "organization.created": "Created the organization",
  "organization.updated": "Changed organization settings",
  "organization.logo_updated": "Changed the logo",
  "organization.logo_removed": "Removed the logo",
  "organization.deleted": "Deleted the organization",
  "organization.restored": "Restored the organization",
  "member.signed_in": "Signed in",
  "member.switched_in": "Switched to this organization",
  "member.role_changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "member.left": "Left the organization",
  "member.custom_roles_changed": "Changed a member's custom roles",
  "ownership.transfer_requested": "Nominated a new owner",
  "ownership.transfer_cancelled": "Cancelled an ownership transfer",
  "ownership.transfer_declined": "Declined ownership",
  "ownership.transferred": "Transferred ownership",
  "invite.created": "Invited someone",
  "invite.resent": "Resent an invitation",
  "invite.revoked": "Revoked an invitation",
  "invite.accepted": "Accepted an invitation",
  "invite_link.created": "Created an invite link",
  "invite_link.revoked": "Revoked an invite link",
  "invite_link.used": "Joined with an invite link",
  "role.created": "Created a custom role",
  "role.updated": "Changed a custom role",
  "role.deleted": "Deleted a custom role",
  "project.created": "Created a project",
  "project.updated": "Changed a project",
  "project.deleted": "Deleted a project",
  "audit.exported": "Exported the audit log",
  "admin.viewed": "An application admin viewed the organization",
} as const;

export type AuditActionName = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTION_LABELS) as [AuditActionName, ...AuditActionName[]];
