import Link from "next/link";

/** An unknown, mistyped or superseded token: say so, and what to do, without guessing which. */
export default function InviteNotFound() {
  return (
    <section aria-labelledby="invite-not-found">
      <p className="text-sm font-semibold text-indigo-600 dark:text-indigo-400">404</p>
      <h1 id="invite-not-found" className="mt-1 text-xl font-semibold tracking-tight">
        Invitation not found
      </h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        This invitation link is not valid. Check that you copied the whole link; if you were sent a newer invitation email, use the link in
        that one. Otherwise, ask the person who invited you to send a new invitation.
      </p>
      <p className="mt-6 text-sm">
        <Link href="/login" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Log in
        </Link>
      </p>
    </section>
  );
}
