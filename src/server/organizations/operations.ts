import "server-only";
import { createOrganizationSchema, switchOrganizationSchema } from "@/lib/validation/auth";
import { deleteOrganizationSchema, updateOrganizationSchema } from "@/lib/validation/organizations";
import type { Operation, OrgOperation } from "@/server/http/operation";

/** The active organization's own operations: app/api/organizations/current… and the settings page's forms. */
export const organizationOperations = {
  // Every member may read which organization they are in and what they may do there.
  current: { permission: null },
  update: { permission: "org.update", body: updateOrganizationSchema },
  // Deleting is for owners by base role: a custom role holding org.delete is not enough.
  delete: { permission: "org.delete", baseRole: "OWNER", body: deleteOrganizationSchema, stepUp: true },
  // The image arrives as multipart or raw bytes, read by the handler itself.
  uploadLogo: { permission: "org.update" },
  removeLogo: { permission: "org.update" },
} as const satisfies Record<string, OrgOperation>;

/** What a signed-in person does with their organizations, whichever is active (the services check membership). */
export const accountOrganizationOperations = {
  create: { body: createOrganizationSchema },
  switch: { body: switchOrganizationSchema },
  restore: { params: ["id"] },
  logo: { params: ["id"] },
} as const satisfies Record<string, Operation>;
