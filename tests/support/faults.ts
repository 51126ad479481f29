import { db } from "@/server/db";

/**
 * Runs `work` while the database refuses audit events of `action` in `organizationId` (a trigger raises "audit store
 * unavailable"): the mutation that writes one fails inside its transaction, so whatever it did or queued rolls back.
 */
export async function withAuditRefused<T>(organizationId: string, action: string, work: () => Promise<T>): Promise<T> {
  const name = `refuse_${action.replace(/\W/g, "_")}_${organizationId}`;
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger AS $$
    BEGIN
      IF NEW.action = '${action}' AND NEW."organizationId" = '${organizationId}' THEN RAISE EXCEPTION 'audit store unavailable'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  try {
    return await work();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON "AuditEvent"`);
    await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  }
}
