// Demo data for a first start: two organizations and a user of each role. Idempotent: running it again changes nothing.
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Role } from "../src/generated/prisma/client";

export const DEMO_PASSWORD = "orgstack-demo-1";

const ORGANIZATIONS = [
  { slug: "acme", name: "Acme Inc." },
  { slug: "globex", name: "Globex Corporation" },
];

const PROJECTS: Array<{ slug: string; name: string; description: string; by: string }> = [
  { slug: "acme", name: "Website relaunch", description: "New marketing site, launching in Q1.", by: "owner@acme.test" },
  { slug: "acme", name: "Mobile app", description: "iOS and Android apps for field teams.", by: "member@acme.test" },
  {
    slug: "globex",
    name: "Project Hammock",
    description: "Globex's secret plan. Acme members must never see it.",
    by: "owner@globex.test",
  },
];

// A custom role on top of a base role: the guest of Acme may also create projects.
const CUSTOM_ROLES = [{ slug: "acme", name: "Contributor", permissions: ["projects.create"], holders: ["guest@acme.test"] }];

// A pending invitation on Acme's members page. Its token is thrown away: "Resend" mails a fresh one to /dev/mailbox.
const INVITATIONS = [{ slug: "acme", email: "new.hire@acme.test", role: "MEMBER" as Role, by: "owner@acme.test" }];

const USERS: Array<{ email: string; name: string; memberships: Array<[slug: string, role: Role]> }> = [
  {
    email: "owner@acme.test",
    name: "Olivia Owner",
    memberships: [
      ["acme", "OWNER"],
      ["globex", "MEMBER"],
    ],
  },
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
      const userIds = new Map((await tx.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]));
      for (const project of PROJECTS) {
        await tx.project.create({
          data: {
            organizationId: organizations.get(project.slug)!,
            name: project.name,
            description: project.description,
            createdById: userIds.get(project.by),
          },
        });
      }
      for (const custom of CUSTOM_ROLES) {
        const organizationId = organizations.get(custom.slug)!;
        const role = await tx.customRole.create({ data: { organizationId, name: custom.name, permissions: custom.permissions } });
        for (const email of custom.holders) {
          const membership = await tx.membership.findUniqueOrThrow({
            where: { organizationId_userId: { organizationId, userId: userIds.get(email)! } },
          });
          await tx.membershipCustomRole.create({ data: { organizationId, membershipId: membership.id, customRoleId: role.id } });
        }
      }
      for (const invitation of INVITATIONS) {
        await tx.invitation.create({
          data: {
            organizationId: organizations.get(invitation.slug)!,
            email: invitation.email,
            pendingEmail: invitation.email,
            role: invitation.role,
            tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
            invitedById: userIds.get(invitation.by),
            expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
            delivery: "SENT",
            sentAt: new Date(),
          },
        });
      }
    });
    return { created: true };
  } finally {
    await db.$disconnect();
  }
}

export function demoLogins(): string {
  const rows = USERS.map((user) => {
    const extra = CUSTOM_ROLES.filter((custom) => custom.holders.includes(user.email))
      .map((custom) => ` + ${custom.name}`)
      .join("");
    return `  ${user.email.padEnd(20)} ${user.memberships.map(([slug, role]) => `${role} of ${slug}`).join(", ")}${extra}`;
  });
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
