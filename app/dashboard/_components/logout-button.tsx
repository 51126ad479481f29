import { buttonClass } from "@/components/ui/button";
import { logoutAction } from "../actions";

/** The header's "Log out": a form, so it works before any script has loaded. */
export function LogoutButton() {
  return (
    <form action={logoutAction}>
      <button type="submit" className={buttonClass()}>
        Log out
      </button>
    </form>
  );
}
