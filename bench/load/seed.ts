// The benchmark's dataset, written with set-based SQL (generate_series) so 200,000 projects take seconds, not minutes.
// Every organization has the same shape — an owner, members, projects — so a request in one is comparable with the
// same request in another, whatever the number of tenants around it.
import bcrypt from "bcryptjs";
import pg from "pg";

export type LoadShape = {
  organizations: number;
  membersPerOrganization: number;
  projectsPerOrganization: number;
  /** One extra organization with this many members (the member-list scaling case), and one with five. */
  bigOrganizationMembers: number;
};

export type SeededOrganization = { id: string; slug: string; ownerId: string; ownerEmail: string };
export type Seeded = {
  organizations: SeededOrganization[];
  big: SeededOrganization;
  small: SeededOrganization;
  password: string;
  counts: Record<string, number>;
};

export const PASSWORD = "bench password 1";

export async function seedLoadData(url: string, shape: LoadShape): Promise<Seeded> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Every user shares one real bcrypt hash (cost 12, as in production): logins are benchmarked for real.
    const hash = await bcrypt.hash(PASSWORD, 12);
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Organization" (id, name, slug, "createdAt", "updatedAt")
       SELECT 'o' || n, 'Load Org ' || n, 'load-org-' || n, now() - n * interval '1 hour', now() FROM generate_series(1, $1::int) n`,
      [shape.organizations],
    );
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt", "lastActiveOrganizationId")
       SELECT 'u' || o || 'x' || m, 'user' || m || '@load-org-' || o || '.test', 'User ' || m || ' of ' || o, $3, now(), 'o' || o
       FROM generate_series(1, $1::int) o, generate_series(1, $2::int) m`,
      [shape.organizations, shape.membersPerOrganization, hash],
    );
    await client.query(
      `INSERT INTO "Membership" (id, "organizationId", "userId", role, "createdAt", "updatedAt")
       SELECT 'm' || o || 'x' || m, 'o' || o, 'u' || o || 'x' || m, CASE WHEN m = 1 THEN 'OWNER'::"Role" ELSE 'MEMBER'::"Role" END,
              now() - m * interval '1 minute', now()
       FROM generate_series(1, $1::int) o, generate_series(1, $2::int) m`,
      [shape.organizations, shape.membersPerOrganization],
    );
    await client.query(
      `INSERT INTO "Project" (id, "organizationId", name, description, "createdById", "createdAt", "updatedAt")
       SELECT 'p' || o || 'x' || p, 'o' || o, 'Project ' || p, 'A project of Load Org ' || o, 'u' || o || 'x1', now() - p * interval '1 minute', now()
       FROM generate_series(1, $1::int) o, generate_series(1, $2::int) p`,
      [shape.organizations, shape.projectsPerOrganization],
    );
    // The big organization (its members are extra users) and the five-member one.
    for (const [key, members] of [
      ["big", shape.bigOrganizationMembers],
      ["small", 5],
    ] as const) {
      await client.query(`INSERT INTO "Organization" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [
        `o${key}`,
        `Load ${key}`,
        `load-${key}`,
      ]);
      await client.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt", "lastActiveOrganizationId")
         SELECT 'u' || $1 || 'x' || m, 'user' || m || '@load-' || $1 || '.test', 'Member ' || m, $3, now(), 'o' || $1 FROM generate_series(1, $2::int) m`,
        [key, members, hash],
      );
      await client.query(
        `INSERT INTO "Membership" (id, "organizationId", "userId", role, "createdAt", "updatedAt")
         SELECT 'm' || $1 || 'x' || m, 'o' || $1, 'u' || $1 || 'x' || m, CASE WHEN m = 1 THEN 'OWNER'::"Role" ELSE 'MEMBER'::"Role" END,
                now() - m * interval '1 minute', now()
         FROM generate_series(1, $2::int) m`,
        [key, members],
      );
    }
    // Every organization pays for Business (unlimited projects: the write benchmark creates thousands), so each
    // request's context query finds a subscription row, as it does in production.
    await client.query(
      `INSERT INTO "Subscription" ("organizationId", plan, status, seats, "updatedAt") SELECT id, 'business', 'active', 1, now() FROM "Organization"`,
    );
    await client.query("COMMIT");
    await client.query("ANALYZE");
    const counts: Record<string, number> = {};
    for (const table of ["Organization", "User", "Membership", "Project"]) {
      counts[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    }
    // Ids use only [a-z0-9], like the cuids the app makes (src/server/ids.ts).
    const organization = (o: string): SeededOrganization => ({
      id: `o${o}`,
      slug: /^\d+$/.test(o) ? `load-org-${o}` : `load-${o}`,
      ownerId: `u${o}x1`,
      ownerEmail: /^\d+$/.test(o) ? `user1@load-org-${o}.test` : `user1@load-${o}.test`,
    });
    return {
      organizations: Array.from({ length: shape.organizations }, (_, i) => organization(String(i + 1))),
      big: organization("big"),
      small: organization("small"),
      password: PASSWORD,
      counts,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Opens a session for `userId` in `organizationId` directly in the database, as a login would. */
export async function openSession(url: string, userId: string, organizationId: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const id = `s${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    await client.query(
      `INSERT INTO "Session" (id, "userId", "activeOrganizationId", "expiresAt", "lastSeenAt") VALUES ($1, $2, $3, now() + interval '7 days', now())`,
      [id, userId, organizationId],
    );
    return id;
  } finally {
    await client.end();
  }
}
