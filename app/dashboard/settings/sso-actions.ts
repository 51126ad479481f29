"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/form-state";
import { orgAction } from "@/server/http/declare-action";
import { createScimToken, revokeScimToken } from "@/server/scim/tokens";
import { removeSsoConnection, saveSsoConnection } from "@/server/sso/connections";
import { ssoOperations } from "@/server/sso/operations";

const PAGE = "/dashboard/settings";

/** A form's text fields, the empty ones left out (an optional field not filled in is not given). */
function given(fields: Record<string, string | string[]>, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((name) => (typeof fields[name] === "string" && fields[name].trim() ? [[name, fields[name].trim()]] : [])),
  );
}

export const saveSsoAction = orgAction(
  {
    ...ssoOperations.save,
    fromForm: (fields) =>
      fields.protocol === "OIDC"
        ? { protocol: "OIDC", ...given(fields, ["issuer", "clientId", "clientSecret", "defaultRole"]) }
        : {
            protocol: fields.protocol,
            ...given(fields, ["metadataUrl", "metadataXml", "entityId", "ssoUrl", "certificate", "defaultRole"]),
            allowIdpInitiated: fields.allowIdpInitiated === "on",
          },
  },
  async ({ ctx, input, meta }) => {
    const result = await saveSsoConnection(ctx, input, meta);
    if (!result.ok) return result;
    revalidatePath(PAGE);
    return { status: "success", message: "Single sign-on connected. Try it from a private window before you require it." };
  },
);

export const removeSsoAction = orgAction(ssoOperations.remove, async ({ ctx, meta }) => {
  const result = await removeSsoConnection(ctx, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Single sign-on removed: members sign in with their password or passkey again." };
});

/** The new SCIM token comes back once, to this form's state, and nowhere else. */
export type ScimTokenFormState = FormState & { token?: string };

export const createScimTokenAction = orgAction<typeof ssoOperations.createScimToken, [], ScimTokenFormState>(
  ssoOperations.createScimToken,
  async ({ ctx, meta }) => {
    const { token } = await createScimToken(ctx, meta);
    revalidatePath(PAGE);
    return { status: "success", message: "Directory sync token created. Copy it now: it is shown only once.", token };
  },
);

export const revokeScimTokenAction = orgAction(ssoOperations.revokeScimToken, async ({ ctx, meta }) => {
  const result = await revokeScimToken(ctx, meta);
  if (!result.ok) return result;
  revalidatePath(PAGE);
  return { status: "success", message: "Directory sync turned off: the token is refused from now on." };
});
