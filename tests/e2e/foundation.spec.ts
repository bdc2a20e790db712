import { expect, test } from "@playwright/test";
import { AuthPages } from "./pages/auth";

test("serves the landing page in Japanese, Chinese and English", async ({ page }) => {
  const heroes = {
    ja: "日本の地方の工房から、中国の地域の販路へ架ける橋",
    zh: "从日本地方工坊通往中国地方销售渠道的桥梁",
    en: "A bridge from Japan's regional workshops to China's local sales routes",
  };
  for (const [locale, hero] of Object.entries(heroes)) {
    await page.goto(`/${locale}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(hero);
    await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-Hans" : locale);
  }
  await expect(page.getByText("Mitsuke Chamber of Commerce and Industry")).toBeVisible();
});

test("redirects / by the browser's language and switches language in place", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/zh$/);
  await page.goto("/zh/sign-in");
  await page.getByRole("link", { name: "日本語" }).click();
  await expect(page).toHaveURL(/\/ja\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ログイン");
  await context.close();
});

test("an SME signs up, signs out and signs back in", async ({ page }) => {
  const auth = new AuthPages(page);
  const email = `knit-${Date.now()}@mitsuke-example.jp`;
  await auth.signUp("ja", { type: "sme", typeLabel: "日本のメーカー（中小企業）", name: "見附 太郎", email, password: "mitsuke-knit-2026" });
  // The answer does not tell whether the email had an account: a link goes to the inbox.
  await expect(page).toHaveURL(/\/ja\/sign-in\?notice=checkEmail$/);
  await expect(page.getByText("メールアドレス確認用のリンクをお送りしました。")).toBeVisible();
  await auth.signIn("ja", email, "mitsuke-knit-2026");
  await expect(page).toHaveURL(/\/ja\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("見附 太郎様、ようこそ");
  await expect(page.getByTestId("next-steps").getByRole("link", { name: "企業プロフィールを作成する" })).toHaveAttribute("href", "/ja/company");
  // The onboarding checklist: every step ahead, none done, each with why it matters to matching.
  await expect(page.getByTestId("checklist-progress")).toHaveText("5 項目中 0 項目完了");
  await expect(page.getByRole("progressbar", { name: "はじめにやること" })).toHaveAttribute("aria-valuenow", "0");
  // Every step starts at the company form while there is no company.
  await expect(page.getByTestId("next-steps").getByRole("link", { name: "会社名と商品名に中国語を付ける" })).toHaveAttribute("href", "/ja/company");
  await expect(page.getByText("中国のディストリビューターは中国語で検索します。")).toBeVisible();
  await auth.expectAccount(email, "日本のメーカー（中小企業）");

  await auth.signOut("ログアウト");
  await page.goto("/ja/dashboard");
  await expect(page).toHaveURL(/\/ja\/sign-in\?callbackUrl=/);

  await page.locator("#email").fill(email.toUpperCase());
  await page.locator("#password").fill("mitsuke-knit-2026");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/ja\/dashboard$/);
  await auth.expectAccount(email, "日本のメーカー（中小企業）");
});

test("bad sign-up input shows field errors in the reader's language and keeps what was typed", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.signUp("zh", { type: "distributor", typeLabel: "中国经销商", name: "金 明哲", email: "not-an-email", password: "short" });
  await expect(page.getByText("请输入有效的电子邮箱。")).toBeVisible();
  await expect(page.getByText("密码至少需要15个字符。把几个词连在一起更容易记住。")).toBeVisible();
  await expect(page.locator("#name")).toHaveValue("金 明哲");
  await expect(page).toHaveURL(/\/zh\/sign-up$/);
});

test("a wrong password is refused and the seeded admin can sign in", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.signIn("en", "admin@demo.kakehashi.jp", "not-the-password");
  await expect(page.getByText("The email or password is not correct.")).toBeVisible();
  await auth.signIn("en", "admin@demo.kakehashi.jp", "kakehashi-demo-2026");
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await auth.expectAccount("admin@demo.kakehashi.jp", "Platform administrator");
  await expect(page.getByTestId("dashboard-pending-companies")).toHaveText(/waiting for review/);
  await expect(page.getByTestId("dashboard-pending-companies")).toHaveAttribute("href", "/en/admin");
});

test("an unknown page shows the localized not-found page", async ({ page }) => {
  const response = await page.goto("/zh/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
});
