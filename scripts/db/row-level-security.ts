// `npm run db:migration` turns row-level security on for every new tenant table by itself: a table created with an
// `organizationId` column gets the call that forces RLS, adds its policies and grants the tenant role
// (orgstack_protect_tenant_table, migration 20261123130000_row_level_security). Forgetting it is no longer possible
// by omission; a table that must not be the tenant role's at all still needs its REVOKE written by hand.

/** The tables a migration creates that carry an `organizationId` column, in order. */
export function newTenantTables(sql: string): string[] {
  const tables: string[] = [];
  for (const match of sql.matchAll(/CREATE TABLE "([^"]+)" \(([\s\S]*?)\n\);/g)) {
    if (/^\s*"organizationId" /m.test(match[2]!)) tables.push(match[1]!);
  }
  return tables;
}

/** The migration with the protection of each new tenant table appended (none already there is added twice). */
export function withRowLevelSecurity(sql: string): string {
  const calls = newTenantTables(sql)
    .filter((table) => !sql.includes(`orgstack_protect_tenant_table('"${table}"'`))
    .map((table) => `SELECT orgstack_protect_tenant_table('"${table}"');`);
  if (calls.length === 0) return sql;
  return `${sql}\n\n-- Row-level security for the new tenant tables (added by npm run db:migration; see README, adding a tenant-scoped\n-- model). A table the tenant role must not touch at all: replace its line with REVOKE ALL ON "<Table>" FROM orgstack_tenant;\n${calls.join("\n")}`;
}
