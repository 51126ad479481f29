import { buttonClass } from "@/components/ui/button";
import { logOutAndReturnAction } from "../actions";

/** A plain form: works before the page's script has loaded. */
export function LogOutAndReturn({ token }: { token: string }) {
  return (
    <form action={logOutAndReturnAction.bind(null, token)}>
      <button type="submit" className={buttonClass("secondary", "lg", "w-full")}>
        Log out and continue
      </button>
    </form>
  );
}
