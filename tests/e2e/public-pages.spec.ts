import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { socketPathOf } from "../../db/embedded/lock.mjs";
import { mailDir } from "./mail";
import { PublicPages } from "./pages/public";
import { signedIn } from "./support";

// The database the server under test uses: PostgreSQL when DATABASE_URL is set, else the embedded one.
function database() {
  const url = process.env.DATABASE_URL;
  if (url) return postgres(url, { max: 1 });
  return postgres("postgres://kakehashi@localhost/kakehashi", { path: socketPathOf(process.env.PGLITE_DIR ?? ".data/e2e-pglite"), max: 1 });
}

test("a visitor without an account opens a public product page in Chinese and finds its other languages", async ({ browser }) => {
  const sme = await signedIn(browser, "ja", "sme@demo.kakehashi.jp");
  const companyPath = await new PublicPages(sme.page).makePublic();
  await sme.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  const pages = new PublicPages(page);
  await page.goto(companyPath.replace(/^\/ja\//, "/zh/"));
  await expect(page).toHaveURL(/\/zh\/p\/companies\//);
  await expect(page.getByTestId("vouched-by")).toContainText("审核的会员");
  await page.getByTestId("public-products").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/zh\/p\/products\/[0-9a-f-]{36}$/);
  const productId = page.url().split("/").pop()!;
  await expect(page.getByTestId("product-name")).toBeVisible();
  await expect(page.getByTestId("account-prompt")).toContainText("询盘、联系方式和详细交易条件仅向注册用户显示");

  const origin = new URL(page.url()).origin;
  expect(await pages.alternates()).toEqual({
    ja: `${origin}/ja/p/products/${productId}`,
    "zh-Hans": `${origin}/zh/p/products/${productId}`,
    en: `${origin}/en/p/products/${productId}`,
    "x-default": `${origin}/en/p/products/${productId}`,
  });
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "zh_CN");
  expect(await pages.structuredData()).toMatchObject({ "@type": "Product", url: `${origin}/zh/p/products/${productId}` });

  // The same product in Japanese, and in the sitemap.
  await page.goto(`/ja/p/products/${productId}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  const sitemap = await (await page.request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`${origin}/zh/p/products/${productId}`);
  await context.close();
});

/** The newest email the sink received for `to` whose text contains `words`. */
async function mailTo(to: string, words: string): Promise<{ text: string } | undefined> {
  const names = (await readdir(mailDir).catch(() => [] as string[])).sort().reverse();
  for (const name of names) {
    const mail = JSON.parse(await readFile(path.join(mailDir, name), "utf8")) as { to: string[]; text: string };
    if (mail.to.includes(to) && mail.text.includes(words)) return mail;
  }
  return undefined;
}

test("an SME saves a search and its digest arrives by email, with a link that stops it", async ({ browser }) => {
  const sme = await signedIn(browser, "ja", "sme@demo.kakehashi.jp");
  const name = `吉林の販売先 ${Date.now()}`;
  await sme.page.goto("/ja/search?region=CN-JL");
  await new PublicPages(sme.page).saveSearch(name, "毎日");
  await expect(sme.page.getByTestId("saved-searches")).toContainText(name);

  // A day passes: the distributors of Jilin in the demo data are now newer than the last digest.
  const sql = database();
  await sql`update saved_searches set digested_at = now() - interval '2 days' where name = ${name}`;
  await sql.end();

  let mail: { text: string } | undefined;
  await expect.poll(async () => (mail = await mailTo("sme@demo.kakehashi.jp", name)), { timeout: 30_000, message: "the digest email" }).toBeTruthy();
  expect(mail!.text).toContain(`「${name}」の新しい結果`);
  expect(mail!.text).toMatch(/\/ja\/companies\/[0-9a-f-]{36}/);

  // The dev mailbox shows it too (a platform admin's view of the outbox in production).
  const admin = await signedIn(browser, "en", "admin@demo.kakehashi.jp");
  await admin.page.goto("/en/dev/mailbox");
  const inMailbox = admin.page.getByTestId("dev-mail").filter({ hasText: name }).first();
  await expect(inMailbox.getByTestId("dev-mail-to")).toHaveText("sme@demo.kakehashi.jp");
  await expect(inMailbox.getByTestId("dev-mail-subject")).toContainText(`「${name}」の新着`);
  await admin.close();

  // One click on the email's stop link, signed out.
  const stop = /https?:\/\/\S+\/api\/saved-searches\/stop\?token=[\w-]+&locale=ja/.exec(mail!.text)?.[0];
  expect(stop).toBeTruthy();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(stop!).pathname + new URL(stop!).search);
  await expect(page.getByTestId("digest-stopped")).toContainText("お知らせを停止しました");
  await context.close();
  await sme.page.goto("/ja/search");
  await expect(sme.page.getByTestId("saved-searches-panel")).not.toContainText(name);
  await sme.close();
});
