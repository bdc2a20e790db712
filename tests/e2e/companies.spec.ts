import { expect, test, type Browser } from "@playwright/test";
import { AuthPages } from "./pages/auth";
import { confirmEmail } from "./mail";
import { AdminPages, CompanyPages } from "./pages/company";

const password = "kakehashi-demo-2026";

async function signedInPage(browser: Browser, locale: string, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new AuthPages(page).signIn(locale, email, password);
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard$`));
  return { context, page };
}

async function newSme(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const auth = new AuthPages(page);
  await auth.signUp("ja", { type: "sme", typeLabel: "日本のメーカー（中小企業）", name: "見附 三郎", email, password: "mitsuke-knit-2026" });
  await expect(page).toHaveURL(/\/ja\/sign-in\?notice=checkEmail$/);
  // The emailed link confirms the address and signs in: the company can then be submitted.
  await confirmEmail(page, email, "ja");
  return { context, page };
}

test("a new SME cannot submit its company until it opens the emailed link, and can have it sent again", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const auth = new AuthPages(page);
  const email = `unconfirmed-${Date.now()}@mitsuke-example.jp`;
  await auth.signUp("ja", { type: "sme", typeLabel: "日本のメーカー（中小企業）", name: "見附 五郎", email, password: "mitsuke-knit-2026" });
  await auth.signIn("ja", email, "mitsuke-knit-2026");
  await expect(page).toHaveURL(/\/ja\/dashboard$/);
  const notice = page.getByTestId("verify-email-notice");
  await expect(notice).toContainText(`メールアドレス（${email}）の確認が必要です`);

  const company = new CompanyPages(page);
  const name = `見附未確認ニット ${Date.now()}`;
  await company.create("ja", { nameJa: name, region: "JP-15", submit: "会社情報を登録" });
  await expect(page.getByText("先にメールアドレスを確認してください。")).toBeVisible();
  await expect(page.locator("#name_ja")).toHaveValue(name);

  await notice.getByRole("button", { name: "リンクを再送する" }).click();
  await expect(notice).toContainText(`${email} に新しいリンクをお送りしました。`);
  await confirmEmail(page, email, "ja");
  await expect(page.getByTestId("verify-email-notice")).toHaveCount(0);
  await company.create("ja", { nameJa: name, region: "JP-15", submit: "会社情報を登録" });
  await expect(company.status()).toContainText("審査待ち");
  await context.close();
});

test("a new SME's company waits for its chamber, is approved, and then a distributor sees it", async ({ browser }) => {
  const name = `見附テストニット ${Date.now()}`;
  const sme = await newSme(browser, `knit-${Date.now()}@mitsuke-example.jp`);
  const company = new CompanyPages(sme.page);
  // A corporate number with a wrong check digit is refused; the form keeps what was typed.
  await company.create("ja", { nameJa: name, region: "JP-15", chamberLabel: "見附商工会議所", registryNumber: "7000012050003", submit: "会社情報を登録" });
  await expect(sme.page.getByText("法人番号は13桁の数字です。")).toBeVisible();
  await expect(sme.page.locator("#name_ja")).toHaveValue(name);
  await company.create("ja", { nameJa: name, region: "JP-15", chamberLabel: "見附商工会議所", registryNumber: "7000012050002", submit: "会社情報を登録" });
  await expect(company.status()).toContainText("審査待ち");
  const profileHref = (await company.publicProfileHref("公開プロフィールを見る")).replace(/^\/ja/, "/zh");

  const distributor = await signedInPage(browser, "zh", "distributor@demo.kakehashi.jp");
  const hidden = await distributor.page.goto(profileHref);
  expect(hidden?.status()).toBe(404);
  await distributor.page.goto("/zh/companies?page=0");
  await expect(distributor.page.getByText(name)).toHaveCount(0);

  const admin = await signedInPage(browser, "ja", "chamber@demo.kakehashi.jp");
  const moderation = new AdminPages(admin.page);
  await moderation.openFromQueue("ja", name);
  await expect(admin.page.getByTestId("registry-number")).toHaveText("7000012050002");
  await moderation.decide("承認する");
  await expect(admin.page.getByTestId("company-status")).toContainText("承認済み");
  await expect(admin.page.getByTestId("audit-table")).toContainText("承認");

  await distributor.page.goto(profileHref);
  await expect(distributor.page.getByRole("heading", { level: 1 })).toContainText(name);
  // Written only in Japanese, shown to a Chinese reader with a mark saying so.
  await expect(distributor.page.getByTestId("fallback-mark").first()).toHaveText("原文：日语");
  await expect(distributor.page.getByTestId("vouched-by")).toHaveText("由见附商工会议所担保");
  await expect(distributor.page.getByText("日本法人编号")).toBeVisible();

  await sme.page.reload();
  await expect(company.status()).toContainText("承認済み");
  for (const c of [sme, distributor, admin]) await c.context.close();
});

test("a rejected company shows the reason to its owner, who edits and resubmits", async ({ browser }) => {
  const name = `見附差し戻しニット ${Date.now()}`;
  const sme = await newSme(browser, `reject-${Date.now()}@mitsuke-example.jp`);
  const company = new CompanyPages(sme.page);
  await company.create("ja", { nameJa: name, region: "JP-15", chamberLabel: "見附商工会議所", submit: "会社情報を登録" });
  await expect(company.status()).toContainText("審査待ち");

  const admin = await signedInPage(browser, "ja", "chamber@demo.kakehashi.jp");
  const moderation = new AdminPages(admin.page);
  await moderation.openFromQueue("ja", name);
  await moderation.decide("差し戻す", { label: "差し戻しの理由（企業の担当者に表示されます）", text: "英語の会社名と会社紹介を追加してください。" });
  await expect(admin.page.getByTestId("company-status")).toContainText("修正のお願い");

  await sme.page.reload();
  await expect(company.status()).toContainText("修正のお願い");
  await expect(sme.page.getByTestId("status-reason")).toHaveText("英語の会社名と会社紹介を追加してください。");
  await sme.page.locator("#name_en").fill("Mitsuke Resubmit Knit");
  await sme.page.getByRole("button", { name: "変更を保存" }).click();
  await expect(sme.page.getByText("再審査中のため")).toBeVisible();
  await sme.page.reload();
  await expect(company.status()).toContainText("審査待ち");
  for (const c of [sme, admin]) await c.context.close();
});
