import { buttonClass } from "@/components/ui/button";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RoleBadge } from "@/components/ui/role-badge";
import { formatDate } from "@/lib/format";
import { getSessionContext } from "@/server/auth/context";
import { closedInvite, findInviteByToken, refuseEmail, refuseUnverified, whomToAsk, type InviteView } from "@/server/invites/lookup";
import { isMemberOf } from "@/server/organizations/memberships";
import { accountExists } from "@/server/users/exists";
import { AcceptInviteButton } from "./_components/accept-invite-button";
import { InviteSignupForm } from "./_components/invite-signup-form";
import { LogOutAndReturn } from "./_components/log-out-and-return";
import { VerifyEmailButton } from "../../../account/_components/verify-email-button";
import { sendInviteVerificationAction } from "./actions";

// The token is in the path: never send it to another site in a Referer, never index it.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false, follow: false } };

const LINK = "font-medium text-indigo-600 hover:underline dark:text-indigo-400";

const GONE_TITLES = {
  expired: "This invitation has expired",
  used: "This invitation has already been used",
  revoked: "This invitation was withdrawn",
};

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await findInviteByToken(token);
  if (!view) notFound();

  const viewer = await getSessionContext();
  const member = viewer ? await isMemberOf(viewer.user.id, view.organization.id) : false;
  const closed = closedInvite(view);
  if (closed && view.state !== "open") {
    if (member) return <AlreadyMember organization={view.organization} />;
    return (
      <section aria-labelledby="gone-heading" data-status="410">
        <h1 id="gone-heading" className="text-xl font-semibold tracking-tight">
          {GONE_TITLES[view.state]}
        </h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{closed.message}</p>
        <p className="mt-6 text-sm">
          <Link href="/dashboard" className={LINK}>
            Go to your dashboard
          </Link>
        </p>
      </section>
    );
  }

  return (
    <>
      <Summary view={view} />
      <div className="mt-6">
        {viewer ? <SignedIn view={view} token={token} user={viewer.user} member={member} /> : <SignedOut view={view} token={token} />}
      </div>
    </>
  );
}

function Summary({ view }: { view: InviteView }) {
  return (
    <header>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {view.inviter ? `${view.inviter.name} invited you to join` : "You are invited to join"}
      </p>
      <h1 className="mt-1 text-xl font-semibold tracking-tight">{view.organization.name}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">Role</dt>
        <dd>
          <RoleBadge role={view.role} />
        </dd>
        {view.inviter && (
          <>
            <dt className="text-zinc-600 dark:text-zinc-400">Invited by</dt>
            <dd className="min-w-0 truncate">
              {view.inviter.name} <span className="text-zinc-600 dark:text-zinc-400">({view.inviter.email})</span>
            </dd>
          </>
        )}
        {view.email && (
          <>
            <dt className="text-zinc-600 dark:text-zinc-400">For</dt>
            <dd className="min-w-0 truncate">{view.email}</dd>
          </>
        )}
        {view.allowedDomain && (
          <>
            <dt className="text-zinc-600 dark:text-zinc-400">For</dt>
            <dd>@{view.allowedDomain} addresses</dd>
          </>
        )}
        <dt className="text-zinc-600 dark:text-zinc-400">Expires</dt>
        <dd>{formatDate(view.expiresAt)}</dd>
      </dl>
    </header>
  );
}

type Viewer = { email: string; emailVerifiedAt: Date | null };

function SignedIn({ view, token, user, member }: { view: InviteView; token: string; user: Viewer; member: boolean }) {
  const { email } = user;
  const refused = refuseEmail(view, email);
  if (refused) {
    const wanted = view.email ?? `an @${view.allowedDomain} address`;
    return (
      <div className="space-y-4">
        <div
          role="alert"
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-200"
        >
          This invitation is for <strong>{wanted}</strong>, but you are signed in as <strong>{email}</strong>. To accept it, log out, then
          log in or sign up as {wanted}. Nothing has changed in your account.
        </div>
        <LogOutAndReturn token={token} />
        <p className="text-center text-sm">
          <Link href="/dashboard" className={LINK}>
            Stay signed in as {email}
          </Link>
        </p>
      </div>
    );
  }
  if (member) return <AlreadyMember organization={view.organization} withHeading={false} />;
  const unverified = refuseUnverified(view, user);
  if (unverified) {
    return (
      <div className="space-y-3">
        <p
          role="note"
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-200"
        >
          {unverified.message}
        </p>
        <VerifyEmailButton send={sendInviteVerificationAction.bind(null, token)} />
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">You are signed in as {email}.</p>
      <AcceptInviteButton token={token} organizationName={view.organization.name} />
    </div>
  );
}

async function SignedOut({ view, token }: { view: InviteView; token: string }) {
  const loginHref = `/login?${new URLSearchParams({ next: `/invite/${token}`, ...(view.email ? { email: view.email } : {}) })}`;
  if (view.email && (await accountExists(view.email))) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {view.email} already has an Orgstack account. Log in to accept; you will come back here.
        </p>
        <Link href={loginHref} className={buttonClass("primary", "lg", "w-full")}>
          Log in to accept
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h2 className="font-medium">Create your account to join</h2>
      <InviteSignupForm
        token={token}
        organizationName={view.organization.name}
        lockedEmail={view.email}
        allowedDomain={view.allowedDomain}
      />
      {view.email ? (
        <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
          This invitation works only for {view.email}. If that is not your address, ask {whomToAsk(view)} to invite yours.
        </p>
      ) : (
        <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
          Already have an account?{" "}
          <Link href={loginHref} className={LINK}>
            Log in
          </Link>
        </p>
      )}
    </div>
  );
}

/** The deep link switches the session to the organization (middleware) and opens its dashboard. */
function AlreadyMember({ organization, withHeading = true }: { organization: InviteView["organization"]; withHeading?: boolean }) {
  return (
    <section>
      {withHeading && <h1 className="text-xl font-semibold tracking-tight">You are a member of {organization.name}</h1>}
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {withHeading ? "There is nothing left to accept." : `You are already a member of ${organization.name}: there is nothing to accept.`}
      </p>
      <Link href={`/dashboard?org=${encodeURIComponent(organization.slug)}`} className={buttonClass("primary", "lg", "mt-6 w-full")}>
        Go to {organization.name}
      </Link>
    </section>
  );
}
