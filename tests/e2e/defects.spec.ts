import { expect, test } from "@playwright/test";
import { AuthPages } from "./pages/auth";
import { confirmEmail } from "./mail";
import { CompanyPages } from "./pages/company";
import { signedIn } from "./support";

/** Browser defects of issue 12 that only show in a browser: each failed before its fix. */

test("a new company's section tabs appear right after its first save, without a reload", async ({ page }) => {
  const email = `tabs-${Date.now()}@mitsuke-example.jp`;
  const auth = new AuthPages(page);
  await auth.signUp("ja", { type: "sme", typeLabel: "日本のメーカー（中小企業）", name: "見附 四郎", email, password: "mitsuke-knit-2026" });
  await expect(page).toHaveURL(/\/ja\/sign-in\?notice=checkEmail$/);
  await confirmEmail(page, email, "ja");
  const company = new CompanyPages(page);
  await company.create("ja", { nameJa: `タブ確認ニット ${Date.now()}`, region: "JP-15", submit: "会社情報を登録" });
  await expect(company.status()).toContainText("審査待ち");
  const tabs = page.getByRole("navigation", { name: "自社情報のメニュー" });
  await expect(tabs.getByRole("link", { name: "製品" })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "メンバー" })).toBeVisible();
});

test("an HS word typed but not picked stops the product form instead of being dropped", async ({ browser }) => {
  const { page, close } = await signedIn(browser, "en", "sme@demo.kakehashi.jp");
  await page.goto("/en/company/products/new");
  const name = `Unpicked HS ${Date.now()}`;
  await page.getByLabel("Name (Japanese)").fill(name);
  await page.getByTestId("hs-picker-input").fill("knit");
  await expect(page.getByTestId("hs-picker-option").first()).toBeVisible();
  await page.getByLabel("Name (Japanese)").click();
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByTestId("hs-picker-unpicked")).toHaveText(/not picked as a code/);
  await expect(page.getByTestId("hs-picker-input")).toBeFocused();
  await expect(page).toHaveURL(/\/en\/company\/products\/new$/);
  await page.goto("/en/company/products");
  await expect(page.getByText(name)).toHaveCount(0);

  // Picking a code from the list lets the same form through, with the code saved.
  await page.goto("/en/company/products/new");
  await page.getByLabel("Name (Japanese)").fill(name);
  await page.getByTestId("hs-picker-input").fill("6110");
  await page.getByTestId("hs-picker-option").first().click();
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/company\/products\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByTestId("hs-picker-value")).toHaveValue(/^6110/);
  await close();
});

test("the site has a favicon, and the header a logo mark and one line with a menu on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ja");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  const response = await page.request.get(icon!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  await expect(page.locator("header svg").first()).toBeVisible();

  const header = page.locator("header");
  const menu = page.getByTestId("header-menu-button");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(header.getByRole("link", { name: "ログイン" })).toBeHidden();
  expect((await header.boundingBox())!.height).toBeLessThan(80);
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(header.getByRole("link", { name: "ログイン" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(header.getByRole("link", { name: "ログイン" })).toBeHidden();
});
