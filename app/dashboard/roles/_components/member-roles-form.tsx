"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "@/components/ui/organization-field";
import { setMemberRolesAction } from "../actions";

type Props = {
  organizationId: string;
  member: { userId: string; name: string; customRoleIds: string[] };
  /** `locked`: beyond the viewer's permissions, shown but not changeable (kept as it is on save). */
  roles: Array<{ id: string; name: string; locked: boolean }>;
};

export function MemberRolesForm({ organizationId, member, roles }: Props) {
  const [state, action] = useActionState(setMemberRolesAction.bind(null, member.userId), initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-x-4 gap-y-2" aria-label={`Custom roles of ${member.name}`}>
      <OrganizationField organizationId={organizationId} />
      {roles.map((role) => {
        const held = member.customRoleIds.includes(role.id);
        return (
          <label key={role.id} className={`flex items-center gap-1.5 text-sm ${role.locked ? "text-zinc-400 dark:text-zinc-600" : ""}`}>
            <input
              type="checkbox"
              name="customRoleIds"
              value={role.id}
              defaultChecked={held}
              disabled={role.locked}
              className="accent-indigo-600"
            />
            {role.locked && held && <input type="hidden" name="customRoleIds" value={role.id} />}
            {role.name}
          </label>
        );
      })}
      <SubmitButton pendingLabel="Saving…" fullWidth={false}>
        Save
      </SubmitButton>
      <div className="basis-full empty:hidden">
        <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      </div>
    </form>
  );
}
