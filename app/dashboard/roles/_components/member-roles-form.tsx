"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { OrganizationField } from "../../_components/organization-field";
import { setMemberRolesAction } from "../actions";

type Props = {
  organizationId: string;
  member: { userId: string; name: string; customRoleIds: string[] };
  roles: Array<{ id: string; name: string }>;
};

export function MemberRolesForm({ organizationId, member, roles }: Props) {
  const [state, action] = useActionState(setMemberRolesAction.bind(null, member.userId), initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-x-4 gap-y-2" aria-label={`Custom roles of ${member.name}`}>
      <OrganizationField organizationId={organizationId} />
      {roles.map((role) => (
        <label key={role.id} className="flex items-center gap-1.5 text-sm">
          <input type="checkbox" name="customRoleIds" value={role.id} defaultChecked={member.customRoleIds.includes(role.id)} className="accent-indigo-600" />
          {role.name}
        </label>
      ))}
      <SubmitButton pendingLabel="Saving…" fullWidth={false}>
        Save
      </SubmitButton>
      <div className="basis-full empty:hidden">
        <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
      </div>
    </form>
  );
}
