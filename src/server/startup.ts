import "server-only";
import { loadEnv } from "@/env";

export function checkConfigurationOrExit(): void {
  try {
    loadEnv();
  } catch (error) {
    console.error(`\nOrgstack cannot start. ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
