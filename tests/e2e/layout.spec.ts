import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { horizontalOverflow, locales, open, screenshot, seriousViolations, widestElements } from "./pages/layout";
import { signedIn } from "./support";

/**
 * Every main page, in Japanese, Chinese and English: no horizontal overflow at 360 and 390 px,
 * no serious or critical axe violation, and screenshots at 1280 and 390 px kept as artifacts.
 */

test.describe.configure({ timeout: 600_000 });

async function checkPages(page: Page, testInfo: TestInfo, role: string, paths: string[]) {
  for (const locale of locales) {
    for (const path of paths) {
      const url = `/${locale}${path}`;
      const name = `${role}-${locale}-${path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}`;
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(page, url);
      await screenshot(page, testInfo, `${name}-1280`);
      expect.soft(await seriousViolations(page), `axe on ${url}`).toEqual([]);
      for (const width of [390, 360]) {
        await page.setViewportSize({ width, height: 844 });
        await page.waitForTimeout(50);
        const overflow = await horizontalOverflow(page);
        expect.soft(overflow > 0 ? `${overflow}px: ${(await widestElements(page)).join(" | ")}` : 0, `overflow of ${url} at ${width}px`).toBe(0);
        if (width === 390) await screenshot(page, testInfo, `${name}-390`);
      }
    }
  }
}

/** The path (without locale) of the first link on `listPath` whose href matches `pattern`. */
async function firstLink(page: Page, listPath: string, pattern: RegExp): Promise<string> {
  await open(page, `/en${listPath}`);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${listPath}`).toBeTruthy();
  return href!.replace(/^\/en/, "");
}

test("public pages fit a phone and pass axe in every language", async ({ page }, testInfo) => {
  await checkPages(page, testInfo, "visitor", ["", "/sign-in", "/sign-up"]);
});

test("a Chinese distributor's pages fit a phone and pass axe in every language", async ({ browser }, testInfo) => {
  const { page, close } = await signedIn(browser, "en", "distributor@demo.kakehashi.jp");
  const product = await firstLink(page, "/search?q=%E3%83%8B%E3%83%83%E3%83%88", /^\/en\/products\/[0-9a-f-]{36}$/);
  const company = await firstLink(page, "/companies", /^\/en\/companies\/[0-9a-f-]{36}$/);
  const showroom = await firstLink(page, "/showrooms", /^\/en\/showrooms\/[0-9a-f-]{36}$/);
  // The seed has no inquiry: open one, so that the thread page is measured too.
  await open(page, `/en${product}`);
  await page.getByTestId("contact-link").click();
  const form = page.getByTestId("new-inquiry-form");
  await form.locator('input[name="subject"]').fill("Layout check");
  await form.locator('textarea[name="body"]').fill("A question about prices for the layout check.");
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/inquiries\/[0-9a-f-]{36}$/);
  const thread = new URL(page.url()).pathname.replace(/^\/en/, "");
  await checkPages(page, testInfo, "distributor", [
    "/dashboard",
    "/company",
    "/company/channels",
    "/company/needs",
    "/search?q=%E3%83%8B%E3%83%83%E3%83%88",
    product,
    "/companies",
    company,
    "/matches",
    "/showrooms",
    showroom,
    "/inbox",
    thread,
    "/notifications",
  ]);
  await close();
});

test("a Japanese SME's pages fit a phone and pass axe in every language", async ({ browser }, testInfo) => {
  const { page, close } = await signedIn(browser, "en", "sme@demo.kakehashi.jp");
  const product = await firstLink(page, "/company/products", /^\/en\/company\/products\/[0-9a-f-]{36}$/);
  await checkPages(page, testInfo, "sme", [
    "/dashboard",
    "/company",
    "/company/products",
    "/company/products/new",
    product,
    "/company/products/import",
    "/company/targets",
    "/company/members",
    "/matches",
    "/companies",
    "/showrooms",
    "/settings/notifications",
  ]);
  await close();
});

test("a chamber admin's pages fit a phone and pass axe in every language", async ({ browser }, testInfo) => {
  const { page, close } = await signedIn(browser, "en", "chamber@demo.kakehashi.jp");
  const company = await firstLink(page, "/admin?status=approved", /^\/en\/admin\/companies\/[0-9a-f-]{36}$/);
  await checkPages(page, testInfo, "chamber", [
    "/dashboard",
    "/admin",
    "/admin?status=approved",
    company,
    "/admin/audit",
    "/admin/reports",
    "/chamber/deals",
    "/admin/import",
    "/admin/access",
  ]);
  await close();
});

test("a platform admin's pages fit a phone and pass axe in every language", async ({ browser }, testInfo) => {
  const { page, close } = await signedIn(browser, "en", "admin@demo.kakehashi.jp");
  await checkPages(page, testInfo, "platform", ["/dashboard", "/admin/chambers", "/admin/audit"]);
  await close();
});
