import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newTenantTables, withRowLevelSecurity } from "./row-level-security";

const SSO_MIGRATION = readFileSync(
  path.resolve(import.meta.dirname, "../../prisma/migrations/20261202142653_enterprise_sso/migration.sql"),
  "utf8",
);

describe("a new migration's row-level security", () => {
  it("finds the tables it creates with an organizationId column, and only those", () => {
    expect(newTenantTables(SSO_MIGRATION)).toEqual([
      "SsoConnection",
      "SsoIdentity",
      "ScimToken",
      "DirectoryUser",
      "DirectoryGroup",
      "DirectoryGroupMember",
    ]);
  });

  it("appends the protection of each, once", () => {
    const generated = `-- CreateTable\nCREATE TABLE "Widget" (\n    "id" TEXT NOT NULL,\n    "organizationId" TEXT NOT NULL,\n    "name" TEXT NOT NULL,\n\n    CONSTRAINT "Widget_pkey" PRIMARY KEY ("id")\n);\n\n-- CreateTable\nCREATE TABLE "Gadget" (\n    "id" TEXT NOT NULL,\n\n    CONSTRAINT "Gadget_pkey" PRIMARY KEY ("id")\n);`;
    const protectedSql = withRowLevelSecurity(generated);
    expect(protectedSql.startsWith(generated)).toBe(true);
    expect(protectedSql.match(/orgstack_protect_tenant_table\('"(\w+)"'\);/g)).toEqual([`orgstack_protect_tenant_table('"Widget"');`]);
    expect(withRowLevelSecurity(protectedSql)).toBe(protectedSql);
    // The SSO migration protected its tables by hand already: nothing is added.
    expect(withRowLevelSecurity(SSO_MIGRATION)).toBe(SSO_MIGRATION);
  });
});
