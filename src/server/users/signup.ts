import "server-only";
import type { SignupInput } from "@/lib/validation/auth";
import { hashPassword } from "@/server/auth/password";
import { createSession, type IssuedSession } from "@/server/auth/sessions";
import { db } from "@/server/db";
import type { RequestMeta } from "@/server/http/request-meta";
import { fail, type Result } from "@/server/http/result";
import { createOrganizationWithOwner, type OrganizationSummary } from "@/server/organizations/create";
import { isUniqueViolation } from "@/server/prisma-errors";
import { publicUserSelect, type PublicUser } from "./dto";

export type SignupSuccess = { user: PublicUser; organization: OrganizationSummary; role: "OWNER"; session: IssuedSession };

const EMAIL_TAKEN_MESSAGE = "An account with this email already exists. Log in instead.";

/** Creates user, organization, OWNER membership and session in one transaction: all of them or none. */
export async function signUp(input: SignupInput, meta: RequestMeta): Promise<Result<SignupSuccess>> {
  // Checked first for a fast, clear answer; the unique index below still decides races.
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return fail("EMAIL_TAKEN", EMAIL_TAKEN_MESSAGE, { email: EMAIL_TAKEN_MESSAGE });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash },
        select: publicUserSelect,
      });
      const organization = await createOrganizationWithOwner(tx, { name: input.organizationName, ownerId: user.id });
      const session = await createSession(tx, { userId: user.id, organization, role: "OWNER", meta });
      return { ok: true as const, user, organization, role: "OWNER" as const, session };
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) return fail("EMAIL_TAKEN", EMAIL_TAKEN_MESSAGE, { email: EMAIL_TAKEN_MESSAGE });
    throw error;
  }
}
