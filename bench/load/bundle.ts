// First-load JavaScript of a page, as a browser fetches it from the production server: every script's size on the
// wire (compressed) and unpacked, from the Resource Timing entries.
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../e2e/browser";

export type BundleSize = { scripts: number; transferKb: number; decodedKb: number };

export async function firstLoadJavaScript(baseUrl: string, path: string, sessionToken: string): Promise<BundleSize> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    await context.addCookies([{ name: "session", value: sessionToken, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(baseUrl + path, { waitUntil: "networkidle" });
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === "script" || entry.name.endsWith(".js"))
        .map((entry) => ({
          transfer: (entry as PerformanceResourceTiming).encodedBodySize,
          decoded: (entry as PerformanceResourceTiming).decodedBodySize,
        })),
    );
    return {
      scripts: scripts.length,
      transferKb: Math.round(scripts.reduce((sum, s) => sum + s.transfer, 0) / 102.4) / 10,
      decodedKb: Math.round(scripts.reduce((sum, s) => sum + s.decoded, 0) / 102.4) / 10,
    };
  } finally {
    await browser.close();
  }
}
