-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "deletedById" TEXT,
ADD COLUMN     "logoKey" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isSuperadmin" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "OrganizationSlugAlias" (
    "slug" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationSlugAlias_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "OwnershipTransfer" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "fromMembershipId" TEXT NOT NULL,
    "toMembershipId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OwnershipTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganizationSlugAlias_organizationId_idx" ON "OrganizationSlugAlias"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "OwnershipTransfer_organizationId_key" ON "OwnershipTransfer"("organizationId");

-- CreateIndex
CREATE INDEX "OwnershipTransfer_fromMembershipId_idx" ON "OwnershipTransfer"("fromMembershipId");

-- CreateIndex
CREATE INDEX "OwnershipTransfer_toMembershipId_idx" ON "OwnershipTransfer"("toMembershipId");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_actorId_createdAt_id_idx" ON "AuditEvent"("organizationId", "actorId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_action_createdAt_id_idx" ON "AuditEvent"("organizationId", "action", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Membership_organizationId_createdAt_id_idx" ON "Membership"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Organization_deletedAt_idx" ON "Organization"("deletedAt");

-- AddForeignKey
ALTER TABLE "OrganizationSlugAlias" ADD CONSTRAINT "OrganizationSlugAlias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnershipTransfer" ADD CONSTRAINT "OwnershipTransfer_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnershipTransfer" ADD CONSTRAINT "OwnershipTransfer_fromMembershipId_organizationId_fkey" FOREIGN KEY ("fromMembershipId", "organizationId") REFERENCES "Membership"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnershipTransfer" ADD CONSTRAINT "OwnershipTransfer_toMembershipId_organizationId_fkey" FOREIGN KEY ("toMembershipId", "organizationId") REFERENCES "Membership"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security for the new tenant tables (see 20261123130000_row_level_security).
SELECT orgstack_protect_tenant_table('"OrganizationSlugAlias"', 'organizationId', 'SELECT, INSERT, DELETE');
SELECT orgstack_protect_tenant_table('"OwnershipTransfer"');

-- A slug belongs to one organization, as its current slug or as an old one that deep links still use. The unique
-- index covers current slugs; this covers both tables together. It runs as its owner because the tenant role sees
-- only its own organization's rows, and the advisory lock makes two concurrent claims of one slug take turns.
CREATE FUNCTION orgstack_slug_taken(wanted text, claimant text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('orgstack_slug:' || wanted));
  RETURN EXISTS (SELECT 1 FROM "Organization" WHERE slug = wanted AND id <> claimant)
      OR EXISTS (SELECT 1 FROM "OrganizationSlugAlias" WHERE slug = wanted AND "organizationId" <> claimant);
END
$$;

CREATE FUNCTION orgstack_claim_slug() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT orgstack_slug_taken(NEW.slug, COALESCE(to_jsonb(NEW) ->> 'organizationId', to_jsonb(NEW) ->> 'id')) THEN
    RETURN NEW;
  END IF;
  -- A new organization whose slug is someone's old one is skipped like any other conflict: creation inserts with
  -- ON CONFLICT DO NOTHING and tries the next candidate.
  IF TG_TABLE_NAME = 'Organization' AND TG_OP = 'INSERT' THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'The slug "%" is taken', NEW.slug USING ERRCODE = 'unique_violation';
END
$$;

CREATE TRIGGER organization_claim_slug BEFORE INSERT OR UPDATE OF slug ON "Organization"
  FOR EACH ROW EXECUTE FUNCTION orgstack_claim_slug();
CREATE TRIGGER organization_slug_alias_claim_slug BEFORE INSERT OR UPDATE OF slug ON "OrganizationSlugAlias"
  FOR EACH ROW EXECUTE FUNCTION orgstack_claim_slug();

-- The organization a user lands in when they can no longer be in `leaving`: the one they joined most recently.
CREATE FUNCTION orgstack_landing_org(user_id text, leaving text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT m."organizationId"
  FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
  WHERE m."userId" = user_id AND m."organizationId" <> leaving AND o."deletedAt" IS NULL
  ORDER BY m."createdAt" DESC, m.id DESC
  LIMIT 1
$$;

-- Moves the live sessions (and the remembered last organization) of people who are no longer members of the
-- current organization, or of everyone when it has been deleted, to another organization of theirs (or none:
-- onboarding). Tenant code calls it after a removal, a leave or a deletion; it runs as its owner because the tenant
-- role may not touch sessions, and it can only ever move sessions away from app.current_org.
CREATE FUNCTION orgstack_relocate_sessions() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  org text := orgstack_current_org();
  deleted boolean;
  moved integer;
BEGIN
  IF org IS NULL THEN
    RETURN 0;
  END IF;
  SELECT "deletedAt" IS NOT NULL INTO deleted FROM "Organization" WHERE id = org;
  UPDATE "Session" s SET "activeOrganizationId" = orgstack_landing_org(s."userId", org)
  WHERE s."activeOrganizationId" = org AND s."revokedAt" IS NULL
    AND (deleted OR NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."organizationId" = org AND m."userId" = s."userId"));
  GET DIAGNOSTICS moved = ROW_COUNT;
  UPDATE "User" u SET "lastActiveOrganizationId" = orgstack_landing_org(u.id, org)
  WHERE u."lastActiveOrganizationId" = org
    AND (deleted OR NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."organizationId" = org AND m."userId" = u.id));
  RETURN moved;
END
$$;
REVOKE ALL ON FUNCTION orgstack_relocate_sessions() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION orgstack_relocate_sessions() TO orgstack_tenant;

-- Audit events are append-only for everyone, not only the tenant role: no path updates or deletes one. The two
-- exceptions are the database's own: a purge (npm run jobs:purge) deletes a deleted organization's events with it,
-- saying so in orgstack.purging_org, and deleting a user clears actorId (ON DELETE SET NULL) and nothing else.
CREATE FUNCTION orgstack_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD."organizationId" = current_setting('orgstack.purging_org', true) THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."actorId" IS NOT NULL AND NEW."actorId" IS NULL
     AND to_jsonb(NEW) - 'actorId' = to_jsonb(OLD) - 'actorId' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Audit events are append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION orgstack_audit_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION orgstack_audit_append_only();

-- Tenant code sees the users who are members of its organization. Written inline (EXISTS … in the policy),
-- PostgreSQL may hash every membership of the organization before reading one user, so a page of 50 members costs
-- O(organization size). Behind a function that it cannot inline, each user costs one probe of the
-- (organizationId, userId) index instead.
CREATE FUNCTION orgstack_is_member(user_id text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT EXISTS (SELECT 1 FROM "Membership" WHERE "organizationId" = orgstack_current_org() AND "userId" = user_id)
$$;
REVOKE ALL ON FUNCTION orgstack_is_member(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION orgstack_is_member(text) TO orgstack_tenant;
ALTER POLICY tenant_members ON "User" USING (orgstack_is_member(id));
