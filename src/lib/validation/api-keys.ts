import { z } from "zod";
import { PERMISSIONS } from "../permissions";
import { displayText } from "./fields";

export const createApiKeySchema = z.strictObject({
  name: displayText("a name for the key", 80),
  permissions: z
    .array(z.enum(PERMISSIONS, { error: "Unknown permission." }), { error: "Choose the key's permissions." })
    .min(1, "Choose at least one permission.")
    .max(PERMISSIONS.length)
    .transform((list) => PERMISSIONS.filter((permission) => list.includes(permission))),
  /** Days until the key stops working; absent or null for a key that does not expire. */
  expiresInDays: z.number({ error: "Enter a number of days." }).int().min(1).max(365).nullable().optional(),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;
