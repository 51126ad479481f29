"use client";

import { useState, useTransition } from "react";
import { switchOrganizationAction } from "../actions";

/** Switches organization through the server action; on success the action redirects to the new dashboard. */
export function useSwitchOrganization() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  function switchTo(organizationId: string) {
    setError(undefined);
    startTransition(async () => {
      const result = await switchOrganizationAction(organizationId);
      if (result) setError(result.message);
    });
  }
  return { switchTo, pending, error };
}
