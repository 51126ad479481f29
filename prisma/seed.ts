// Demo data for a first start: two organizations and a user of each role. Idempotent: running it again changes nothing.
import bcrypt from "bcryptjs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Role } from "../src/generated/prisma/client";

export const DEMO_PASSWORD = "orgstack-demo-1";

const ORGANIZATIONS = [
  { slug: "acme", name: "Acme Inc." },
  { slug: "globex", name: "Globex Corporation" },
];

const USERS: Array<{ email: string; name: string; memberships: Array<[slug: string, role: Role]> }> = [
  { email: "owner@acme.test", name: "Olivia Owner", memberships: [["acme", "OWNER"], ["globex", "MEMBER"]] },
  { email: "admin@acme.test", name: "Adam Admin", memberships: [["acme", "ADMIN"]] },
  { email: "member@acme.test", name: "Mia Member", memberships: [["acme", "MEMBER"]] },
  { email: "guest@acme.test", name: "Gus Guest", memberships: [["acme", "GUEST"]] },
  { email: "owner@globex.test", name: "Hank Scorpio", memberships: [["globex", "OWNER"]] },
];

export async function seed(databaseUrl: string): Promise<{ created: boolean }> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if (await db.user.findUnique({ where: { email: USERS[0]!.email } })) return { created: false };
    const passwordHash = await bcrypt.hash(DEMO_PASSWORD, Number(process.env.BCRYPT_COST ?? 12));
    await db.$transaction(async (tx) => {
      const organizations = new Map<string, string>();
      for (const org of ORGANIZATIONS) {
        const { id } = await tx.organization.upsert({ where: { slug: org.slug }, update: {}, create: org, select: { id: true } });
        organizations.set(org.slug, id);
      }
      for (const user of USERS) {
        const firstOrg = organizations.get(user.memberships[0]![0])!;
        const { id: userId } = await tx.user.upsert({
          where: { email: user.email },
          update: {},
          create: { email: user.email, name: user.name, passwordHash, emailVerifiedAt: new Date(), lastActiveOrganizationId: firstOrg },
          select: { id: true },
        });
        for (const [slug, role] of user.memberships) {
          const organizationId = organizations.get(slug)!;
          await tx.membership.upsert({
            where: { organizationId_userId: { organizationId, userId } },
            update: {},
            create: { organizationId, userId, role },
          });
        }
      }
    });
    return { created: true };
  } finally {
    await db.$disconnect();
  }
}

export function demoLogins(): string {
  const rows = USERS.map((user) => `  ${user.email.padEnd(20)} ${user.memberships.map(([slug, role]) => `${role} of ${slug}`).join(", ")}`);
  return [`Demo logins (password: ${DEMO_PASSWORD})`, ...rows].join("\n");
}

// `npm run db:seed` seeds DATABASE_URL.
if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. (`npm run dev` seeds the embedded database by itself.)");
    process.exit(1);
  }
  seed(url).then(({ created }) => {
    console.log(created ? "Seeded demo data." : "Demo data already present.");
    console.log(demoLogins());
  });
}
