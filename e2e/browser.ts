// Finds a Chromium for Playwright: its own build when installed, else a system Chromium (Debian's /usr/bin/chromium),
// else installs Playwright's build where the network allows it.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** The executable to launch, or undefined to use Playwright's own browser. */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_CHROMIUMS.find((candidate) => existsSync(candidate));
  if (system) return system;
  console.log("No Chromium found: installing Playwright's (needs network access).");
  execSync("npx playwright install chromium", { stdio: "inherit" });
  return undefined;
}

/** Without the networking flags Chromium keeps calling home, which a closed network refuses many times a second. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
