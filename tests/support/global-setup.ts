import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../../scripts/db/test-database";
import { startEmailCapture } from "./email-capture";

/**
 * One fresh database per run, shared by the test files, which each make their own users and organizations; and a
 * Resend stand-in that keeps every email sent (tests/support/emails.ts reads it). The workers start after this and
 * inherit process.env, so the app code in them reads these through src/env.ts like any other configuration.
 */
export default async function setup(project: TestProject) {
  const capture = await startEmailCapture();
  process.env.RESEND_API_KEY = "re_test_capture";
  process.env.RESEND_BASE_URL = capture.url;

  const database = await createTestDatabase().catch(async (error: unknown) => {
    await capture.stop();
    throw error;
  });
  process.env.DATABASE_URL = database.url;
  // The embedded database runs one session: concurrent connections would interleave their messages.
  if (database.kind === "embedded") process.env.DATABASE_POOL_MAX = "1";
  project.provide("databaseKind", database.kind);
  console.log(`[integration] fresh ${database.kind} database; emails captured at ${capture.url}`);
  return async () => {
    await Promise.all([database.drop(), capture.stop()]);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseKind: "postgresql" | "embedded";
  }
}
