// The dashboard on a phone (360 px wide): every section is reachable from the menu, and nothing runs off the screen.
import { randomBytes } from "node:crypto";
import { signUp, uniqueEmail } from "./fixtures";
import { expect, test } from "./test";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("the dashboard's menu reaches every section at 360 px, and no page is wider than the screen", async ({ page }) => {
  await signUp(page, { name: "Pat Phone", email: uniqueEmail("phone"), organizationName: `Phone ${randomBytes(2).toString("hex")}` });
  const nav = page.getByRole("navigation", { name: "Dashboard" });
  const menu = nav.getByRole("button", { name: "Menu: Overview" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  const sections = ["Overview", "Projects", "Members", "Roles", "Audit log", "Billing", "API keys", "Webhooks", "Settings"];
  for (const name of sections) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  await nav.getByRole("link", { name: "Settings", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/settings$/);
  await expect(nav.getByRole("button", { name: "Menu: Settings" })).toHaveAttribute("aria-expanded", "false");

  for (const path of [
    "/dashboard",
    "/dashboard/projects",
    "/dashboard/members",
    "/dashboard/roles",
    "/dashboard/audit",
    "/dashboard/billing",
    "/dashboard/api-keys",
    "/dashboard/webhooks",
    "/dashboard/settings",
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
