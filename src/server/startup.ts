import "server-only";
import { loadEnv } from "@/env";

export function checkConfigurationOrExit(): void {
  let env;
  try {
    env = loadEnv();
  } catch (error) {
    console.error(`\nOrgstack cannot start. ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  if (env.NODE_ENV === "production" && !env.RESEND_API_KEY) {
    console.warn("\nEmail is not configured (RESEND_API_KEY is not set): no email will be sent. Invitations show their link to copy.\n");
  }
}
