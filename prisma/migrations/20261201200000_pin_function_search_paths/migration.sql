-- The SECURITY DEFINER functions ran with `search_path FROM CURRENT`, which searches pg_temp first: a role that can
-- create temporary tables (PUBLIC may, by default) could shadow "Membership" or "Organization" with its own for the
-- length of a session and make the functions, running as their owner, answer from it. Each is now pinned to
-- pg_catalog, the app's schema, and pg_temp last, with every table and function named by its schema. Only the roles
-- that need them may call them. The schema is the migration's own (current_schema()), so DATABASE_URL's ?schema= works.
DO $migration$
DECLARE
  app text := current_schema();
BEGIN
  EXECUTE format($sql$
    CREATE OR REPLACE FUNCTION %1$I.orgstack_slug_taken(wanted text, claimant text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, %1$I, pg_temp AS $body$
    BEGIN
      PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('orgstack_slug:' || wanted));
      RETURN EXISTS (SELECT 1 FROM %1$I."Organization" WHERE slug = wanted AND id <> claimant)
          OR EXISTS (SELECT 1 FROM %1$I."OrganizationSlugAlias" WHERE slug = wanted AND "organizationId" <> claimant);
    END
    $body$;

    CREATE OR REPLACE FUNCTION %1$I.orgstack_relocate_sessions() RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, %1$I, pg_temp AS $body$
    DECLARE
      org text := %1$I.orgstack_current_org();
      deleted boolean;
      moved integer;
    BEGIN
      IF org IS NULL THEN
        RETURN 0;
      END IF;
      SELECT "deletedAt" IS NOT NULL INTO deleted FROM %1$I."Organization" WHERE id = org;
      UPDATE %1$I."Session" s SET "activeOrganizationId" = %1$I.orgstack_landing_org(s."userId", org)
      WHERE s."activeOrganizationId" = org AND s."revokedAt" IS NULL
        AND (deleted OR NOT EXISTS (SELECT 1 FROM %1$I."Membership" m WHERE m."organizationId" = org AND m."userId" = s."userId"));
      GET DIAGNOSTICS moved = ROW_COUNT;
      UPDATE %1$I."User" u SET "lastActiveOrganizationId" = %1$I.orgstack_landing_org(u.id, org)
      WHERE u."lastActiveOrganizationId" = org
        AND (deleted OR NOT EXISTS (SELECT 1 FROM %1$I."Membership" m WHERE m."organizationId" = org AND m."userId" = u.id));
      RETURN moved;
    END
    $body$;

    CREATE OR REPLACE FUNCTION %1$I.orgstack_is_member(user_id text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, %1$I, pg_temp AS $body$
      SELECT EXISTS (SELECT 1 FROM %1$I."Membership" WHERE "organizationId" = %1$I.orgstack_current_org() AND "userId" = user_id)
    $body$;

    -- Called by the definer functions above (as their owner): pinned as well, no longer callable by PUBLIC.
    CREATE OR REPLACE FUNCTION %1$I.orgstack_landing_org(user_id text, leaving text) RETURNS text
    LANGUAGE sql STABLE SET search_path = pg_catalog, %1$I, pg_temp AS $body$
      SELECT m."organizationId"
      FROM %1$I."Membership" m JOIN %1$I."Organization" o ON o.id = m."organizationId"
      WHERE m."userId" = user_id AND m."organizationId" <> leaving AND o."deletedAt" IS NULL
      ORDER BY m."createdAt" DESC, m.id DESC
      LIMIT 1
    $body$;

    REVOKE ALL ON FUNCTION %1$I.orgstack_slug_taken(text, text) FROM PUBLIC;
    -- The slug trigger runs as whoever renames: the server, or tenant code changing its organization's URL name.
    GRANT EXECUTE ON FUNCTION %1$I.orgstack_slug_taken(text, text) TO orgstack_tenant;
    REVOKE ALL ON FUNCTION %1$I.orgstack_relocate_sessions() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION %1$I.orgstack_relocate_sessions() TO orgstack_tenant;
    REVOKE ALL ON FUNCTION %1$I.orgstack_is_member(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION %1$I.orgstack_is_member(text) TO orgstack_tenant;
    REVOKE ALL ON FUNCTION %1$I.orgstack_landing_org(text, text) FROM PUBLIC;
    -- Migrations only.
    REVOKE ALL ON FUNCTION %1$I.orgstack_protect_tenant_table(regclass, text, text) FROM PUBLIC;
  $sql$, app);
END
$migration$;
