import { expect, type Browser, type Page } from "@playwright/test";
import { AuthPages } from "./pages/auth";

export const demoPassword = "kakehashi-demo-2026";

/** A fresh browser context signed in as a demo account. */
export async function signedIn(browser: Browser, locale: string, email: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new AuthPages(page).signIn(locale, email, demoPassword);
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
  return { page, close: () => context.close() };
}

/** Reloads until `check` passes: for state that a background worker fills in (matches). */
export async function eventually(page: Page, check: () => Promise<void>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.waitForTimeout(2000);
      await page.reload();
    }
  }
}
