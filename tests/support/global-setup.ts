import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../../scripts/db/test-database";

/** One fresh database per run, shared by the test files, which each make their own users and organizations. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  project.provide("databaseKind", database.kind);
  console.log(`[integration] fresh ${database.kind} database`);
  return async () => {
    await database.drop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseKind: "postgresql" | "embedded";
  }
}
