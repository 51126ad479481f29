"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "@/components/ui/organization-field";
import { OrganizationAvatar } from "../../_components/organization-avatar";
import { removeLogoAction, uploadLogoAction } from "../actions";

const MAX_BYTES = 1024 * 1024;

export function LogoForm({ organization }: { organization: { id: string; name: string; logoUrl: string | null } }) {
  const [state, upload] = useActionState(uploadLogoAction, initialFormState);
  const [removed, remove] = useActionState(removeLogoAction, initialFormState);
  const [tooLarge, setTooLarge] = useState(false);
  // Two forms, one message: the outcome of whichever was submitted last.
  const [last, setLast] = useState<"upload" | "remove">("upload");
  const outcome = last === "remove" ? removed : state;
  const fileError = tooLarge ? "This file is over 1 MB. Choose a smaller one." : last === "upload" ? state.fields?.logo : undefined;
  return (
    <div className="space-y-4">
      <FormAlert message={outcome.message} tone={outcome.status === "success" ? "success" : "error"} />
      <div className="flex items-center gap-4">
        <OrganizationAvatar organization={organization} size="lg" />
        <form
          action={upload}
          // Not worth sending a file the server will refuse; the hint already says why.
          onSubmit={(event) => (tooLarge ? event.preventDefault() : setLast("upload"))}
          className="flex min-w-0 flex-wrap items-end gap-3"
          aria-label="Upload a logo"
        >
          <OrganizationField organizationId={organization.id} />
          <div className="min-w-0 space-y-1.5">
            <label htmlFor="logo" className="block text-sm font-medium">
              New logo
            </label>
            <input
              id="logo"
              name="logo"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              aria-describedby="logo-hint"
              aria-invalid={fileError ? true : undefined}
              onChange={(event) => setTooLarge((event.target.files?.[0]?.size ?? 0) > MAX_BYTES)}
              className="block max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 file:text-sm dark:file:border-zinc-700 dark:file:bg-zinc-900"
            />
            <p
              id="logo-hint"
              className={`text-xs ${fileError ? "font-medium text-red-600 dark:text-red-400" : "text-zinc-600 dark:text-zinc-400"}`}
            >
              {fileError ?? "PNG, JPEG or WebP, at most 1 MB. Square images look best."}
            </p>
          </div>
          <SubmitButton pendingLabel="Uploading…" fullWidth={false}>
            Upload
          </SubmitButton>
        </form>
      </div>
      {organization.logoUrl && (
        <form action={remove} onSubmit={() => setLast("remove")}>
          <OrganizationField organizationId={organization.id} />
          <button type="submit" className="text-sm font-medium text-red-700 hover:underline dark:text-red-400">
            Remove logo
          </button>
        </form>
      )}
    </div>
  );
}
