import { logOutAndReturnAction } from "../actions";

/** A plain form: works before the page's script has loaded. */
export function LogOutAndReturn({ token }: { token: string }) {
  return (
    <form action={logOutAndReturnAction.bind(null, token)}>
      <button
        type="submit"
        className="w-full rounded-md border border-zinc-300 px-4 py-2 text-sm font-semibold hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Log out and continue
      </button>
    </form>
  );
}
