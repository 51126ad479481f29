// Security review: the SECURITY DEFINER functions searched pg_temp first (search_path FROM CURRENT), so a role able to
// create temporary tables could shadow the tables they read, and they ran as their owner, past row-level security.
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { TENANT_DB_ROLE } from "@/server/tenant/scope";
import { signUpUser } from "../support/factories";

type DefinerFunction = { name: string; config: string[] | null; publicExecute: boolean };

describe("SECURITY DEFINER functions", () => {
  it("pin search_path to pg_catalog and the app's schema with pg_temp last, and PUBLIC cannot call them", async () => {
    const functions = await db.$queryRaw<DefinerFunction[]>`
      SELECT p.proname AS name, p.proconfig AS config,
             EXISTS (SELECT 1 FROM aclexplode(COALESCE(p.proacl, acldefault('f', p.proowner))) acl
                     WHERE acl.grantee = 0 AND acl.privilege_type = 'EXECUTE') AS "publicExecute"
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = current_schema() AND p.prosecdef
      ORDER BY 1`;
    expect(functions.map((f) => f.name)).toEqual([
      "orgstack_is_member",
      "orgstack_members_second_factor",
      "orgstack_relocate_sessions",
      "orgstack_slug_taken",
    ]);
    const [{ schema }] = await db.$queryRaw<[{ schema: string }]>`SELECT current_schema() AS schema`;
    for (const fn of functions) {
      expect(fn.config, fn.name).toEqual([`search_path=pg_catalog, ${schema}, pg_temp`]);
      expect(fn.publicExecute, fn.name).toBe(false);
    }
  });

  it("answer from the real tables even when the caller has a temporary table of the same name", async () => {
    const owner = await signUpUser();
    const stranger = await signUpUser();
    const answer = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL ROLE ${TENANT_DB_ROLE}`);
      await tx.$executeRaw`SELECT set_config('app.current_org', ${owner.organization.id}, true)`;
      // The shadow says the stranger is a member of the owner's organization.
      await tx.$executeRawUnsafe(`CREATE TEMP TABLE "Membership" ("organizationId" text, "userId" text) ON COMMIT DROP`);
      await tx.$executeRaw`INSERT INTO pg_temp."Membership" VALUES (${owner.organization.id}, ${stranger.user.id})`;
      const [row] = await tx.$queryRaw<[{ member: boolean }]>`SELECT orgstack_is_member(${stranger.user.id}) AS member`;
      return row.member;
    });
    expect(answer).toBe(false);
  });
});
