// The `test` every spec uses: Playwright's, with each test's browser coming from its own network address. Rate limits
// count per address (src/server/rate-limit/limits.ts), as they would for real visitors; one shared address would
// make the suite trip them. The server trusts one proxy hop (TRUSTED_PROXY_COUNT=1), which this header plays.
import { randomInt } from "node:crypto";
import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";
export type { Browser, Page } from "@playwright/test";

export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide) => {
    await provide({ ...extraHTTPHeaders, "x-forwarded-for": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` });
  },
});
