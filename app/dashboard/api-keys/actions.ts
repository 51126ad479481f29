"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/form-state";
import { createApiKey, revokeApiKey } from "@/server/api-keys/mutations";
import { apiKeyOperations } from "@/server/api-keys/operations";
import { orgAction } from "@/server/http/declare-action";

const PAGE = "/dashboard/api-keys";

/** The new key's secret comes back once, to this form's state, and nowhere else. */
export type ApiKeyFormState = FormState & { secret?: string };

export const createApiKeyAction = orgAction<typeof apiKeyOperations.create, [], ApiKeyFormState>(
  {
    ...apiKeyOperations.create,
    // "Never" is the empty choice.
    fromForm: ({ name, permissions, expiresInDays }) => ({
      name,
      permissions,
      expiresInDays: expiresInDays ? Number(expiresInDays) : null,
    }),
  },
  async ({ ctx, input, meta }) => {
    const result = await createApiKey(ctx, input, meta);
    if (!result.ok) return result;
    revalidatePath(PAGE);
    return { status: "success", message: `Key “${result.key.name}” created. Copy it now: it is shown only once.`, secret: result.secret };
  },
);

export const revokeApiKeyAction = orgAction(apiKeyOperations.revoke, async ({ ctx, meta }, keyId: string) => {
  const result = await revokeApiKey(ctx, keyId, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Key revoked: requests with it are refused from now on." };
});
