"use client";

import { useActionState, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { ROLE_LABELS, type BaseRole } from "@/lib/permissions";
import { OrganizationField } from "@/components/ui/organization-field";
import { changeMemberRoleAction, removeMemberAction } from "../actions";

type Member = { id: string; name: string; role: BaseRole };

/**
 * The role control of one member's row: the roles the viewer may give, saved with one button. Before a demotion is
 * saved it says which custom roles the member keeps: a new base role takes none of their permissions away.
 */
export function MemberRoleForm({
  organizationId,
  member,
  roles,
  customRoles = [],
}: {
  organizationId: string;
  member: Member;
  roles: BaseRole[];
  customRoles?: string[];
}) {
  const [state, action] = useActionState(changeMemberRoleAction.bind(null, member.id), initialFormState);
  const [role, setRole] = useState<BaseRole>(member.role);
  return (
    <form action={action} className="flex flex-wrap items-center justify-end gap-2">
      <OrganizationField organizationId={organizationId} />
      <label className="sr-only" htmlFor={`role-${member.id}`}>
        Role of {member.name}
      </label>
      <select
        id={`role-${member.id}`}
        name="role"
        value={role}
        onChange={(event) => setRole(event.target.value as BaseRole)}
        className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
      >
        {roles.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </select>
      {role !== member.role && (
        <SubmitButton pendingLabel="Saving…" fullWidth={false}>
          Save role
        </SubmitButton>
      )}
      {role !== member.role && customRoles.length > 0 && (
        <p role="note" className="w-full text-right text-xs text-amber-800 dark:text-amber-300">
          {member.name} keeps the custom role{customRoles.length > 1 ? "s" : ""} {customRoles.join(", ")} and{" "}
          {customRoles.length > 1 ? "their" : "its"} permissions. Take {customRoles.length > 1 ? "them" : "it"} away on the Roles page if
          they should not.
        </p>
      )}
      <FormAlert message={state.message} tone={state.status === "success" ? "success" : "error"} />
    </form>
  );
}

/**
 * Remove (someone else) or leave (oneself), behind a confirmation that says what is lost. The last owner sees why
 * they cannot leave instead of a button that would fail.
 */
export function RemoveMemberButton({
  organizationId,
  organizationName,
  member,
  removal,
}: {
  organizationId: string;
  organizationName: string;
  member: Member;
  removal: "remove" | "leave" | "last-owner";
}) {
  const self = removal === "leave";
  if (removal === "last-owner") {
    // Bounded: its row does not shrink, and the sentence would run past a phone screen on one line.
    return (
      <p className="max-w-64 text-xs text-zinc-600 dark:text-zinc-400">
        You are the last owner: make someone else an owner before you can leave.
      </p>
    );
  }
  return (
    <ConfirmButton
      organizationId={organizationId}
      action={removeMemberAction.bind(null, member.id)}
      trigger={self ? "Leave organization…" : "Remove…"}
      triggerLabel={self ? `Leave ${organizationName}` : `Remove ${member.name}`}
      confirm={self ? "Leave" : `Remove ${member.name}`}
      pending={self ? "Leaving…" : "Removing…"}
    >
      {self
        ? `Leave ${organizationName}? You lose access to its projects at once; only a new invitation brings you back.`
        : `Remove ${member.name} from ${organizationName}? They lose access at once, with their custom roles; their projects stay.`}
    </ConfirmButton>
  );
}
