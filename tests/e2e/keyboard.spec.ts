import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoPassword } from "./support";

/** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("a distributor signs in, searches, opens a product and sends an inquiry with the keyboard alone", async ({ page }) => {
  await page.goto("/en/sign-in");
  await tabTo(page, page.locator("#email"));
  await page.keyboard.type("distributor@demo.kakehashi.jp");
  await tabTo(page, page.locator("#password"));
  await page.keyboard.type(demoPassword);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/dashboard$/);

  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/search/);
  await tabTo(page, page.getByTestId("search-query"));
  await page.keyboard.type("ニット");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=/);
  const firstProduct = page.locator('[data-testid="search-result"][data-kind="product"]').first().getByRole("link").first();
  await expect(firstProduct).toBeVisible();
  await tabTo(page, firstProduct, 150);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/products\/[0-9a-f-]{36}$/);

  await tabTo(page, page.getByTestId("contact-link"));
  await page.keyboard.press("Enter");
  const form = page.getByTestId("new-inquiry-form");
  await tabTo(page, form.locator('input[name="subject"]'));
  const subject = `Keyboard inquiry ${Date.now()}`;
  await page.keyboard.type(subject);
  await tabTo(page, form.locator('textarea[name="body"]'));
  await page.keyboard.type("Could you send your wholesale price list? We sell in Yanji.");
  await tabTo(page, form.locator('button[type="submit"]'));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/inquiries\/[0-9a-f-]{36}$/);
  await expect(page.getByText(subject).first()).toBeVisible();
});
