-- Row-level security: the second wall between organizations (the first is the data-access layer, src/server/tenant).
-- Tenant code runs each transaction as the role orgstack_tenant with app.current_org set to the organization id
-- (src/server/tenant/scope.ts). That role is not a superuser, owns nothing and cannot bypass RLS, so the policies
-- below decide what it sees: only rows of app.current_org, and nothing at all when the setting is missing.
-- The login role of DATABASE_URL is the server itself (sign-in, the organization switcher, migrations read across
-- organizations) and passes through the server_access policy. FORCE makes the policies bind the table owner too.
-- This file runs as one transaction: the migration script is sent to PostgreSQL as one multi-statement query.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'orgstack_tenant') THEN
    CREATE ROLE orgstack_tenant NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO orgstack_tenant', current_schema());
END
$$;

-- The login role switches to it with SET LOCAL ROLE, which needs membership.
GRANT orgstack_tenant TO CURRENT_USER;

CREATE FUNCTION orgstack_current_org() RETURNS text
LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.current_org', true), '') $$;

-- Protects one table: call it in the migration that creates a tenant table (see README, adding a tenant-scoped model).
CREATE FUNCTION orgstack_protect_tenant_table(
  target regclass,
  org_column text DEFAULT 'organizationId',
  privileges text DEFAULT 'SELECT, INSERT, UPDATE, DELETE'
) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s TO orgstack_tenant USING (%I = orgstack_current_org()) WITH CHECK (%I = orgstack_current_org())',
    target, org_column, org_column);
  EXECUTE format(
    'CREATE POLICY server_access ON %s USING (current_user <> ''orgstack_tenant'') WITH CHECK (current_user <> ''orgstack_tenant'')',
    target);
  EXECUTE format('GRANT %s ON %s TO orgstack_tenant', privileges, target);
END
$$;

SELECT orgstack_protect_tenant_table('"Project"');
SELECT orgstack_protect_tenant_table('"CustomRole"');
SELECT orgstack_protect_tenant_table('"MembershipCustomRole"');
SELECT orgstack_protect_tenant_table('"Membership"');
-- An organization's own row: tenant code may read and rename its organization, never create or delete one.
SELECT orgstack_protect_tenant_table('"Organization"', 'id', 'SELECT, UPDATE');

-- Users are shared between organizations: tenant code sees the members of its organization, and only the columns
-- it needs (never the password hash).
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_members ON "User" TO orgstack_tenant USING (
  EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User"."id" AND m."organizationId" = orgstack_current_org())
);
CREATE POLICY server_access ON "User"
  USING (current_user <> 'orgstack_tenant') WITH CHECK (current_user <> 'orgstack_tenant');
GRANT SELECT ("id", "name", "email") ON "User" TO orgstack_tenant;
