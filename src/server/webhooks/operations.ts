import "server-only";
import { createWebhookSchema, listDeliveriesQuery, updateWebhookSchema } from "@/lib/validation/webhooks";
import type { OrgOperation } from "@/server/http/operation";

/** Each webhook operation's permission and input, shared by app/api/webhooks and the dashboard's page. */
export const webhookOperations = {
  list: { permission: "webhooks.manage" },
  create: { permission: "webhooks.manage", body: createWebhookSchema },
  update: { permission: "webhooks.manage", body: updateWebhookSchema, params: ["id"] },
  delete: { permission: "webhooks.manage", params: ["id"] },
  rotateSecret: { permission: "webhooks.manage", params: ["id"] },
  test: { permission: "webhooks.manage", params: ["id"] },
  deliveries: { permission: "webhooks.manage", params: ["id"], query: listDeliveriesQuery },
  redeliver: { permission: "webhooks.manage", params: ["id", "deliveryId"] },
} as const satisfies Record<string, OrgOperation>;
