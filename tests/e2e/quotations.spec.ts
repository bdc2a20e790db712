import { expect, test, type Browser } from "@playwright/test";
import { AuthPages } from "./pages/auth";
import { AdminPages, CompanyPages } from "./pages/company";
import { QuotationPages, type Terms } from "./pages/quotations";
import { confirmEmail } from "./mail";
import { signedIn } from "./support";

/** A second SME of the Mitsuke chamber: signed up, confirmed by email, approved by the chamber. */
async function approvedSme(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `quote-${Date.now()}@tsubame-example.jp`;
  await new AuthPages(page).signUp("ja", { type: "sme", typeLabel: "日本のメーカー（中小企業）", name: "燕 次郎", email, password: "tsubame-knit-2026" });
  await confirmEmail(page, email, "ja");
  await new CompanyPages(page).create("ja", { nameJa: name, region: "JP-15", chamberLabel: "見附商工会議所", submit: "会社情報を登録" });
  await expect(page.getByTestId("company-status")).toContainText("審査待ち");
  const chamber = await signedIn(browser, "ja", "chamber@demo.kakehashi.jp");
  const admin = new AdminPages(chamber.page);
  await admin.openFromQueue("ja", name);
  await admin.decide("承認する");
  await expect(chamber.page.getByTestId("company-status")).toContainText("承認済み");
  await chamber.close();
  return { page, close: () => context.close() };
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const terms = (overrides: Partial<Terms>): Terms => ({
  productName: "ニットストール",
  unitPriceJpy: "1500",
  moq: "300",
  incoterm: "FOB",
  place: "新潟港",
  leadTimeDays: "45",
  paymentTerms: "30%前払い、残金は船積み前に電信送金",
  validUntil: inDays(60),
  ...overrides,
});

test("a distributor's need gets two quotations, one is revised and accepted, and its sample is sent and received", async ({ browser }) => {
  const secondName = `燕ニット工房 ${Date.now()}`;
  const second = await approvedSme(browser, secondName);

  // The distributor posts a need with a deadline.
  const distributor = await signedIn(browser, "zh", "distributor@demo.kakehashi.jp");
  const need = `羊毛针织围巾 ${Date.now()}`;
  const distPages = new QuotationPages(distributor.page);
  const needId = await distPages.postNeed("zh", { descriptionZh: need, quantity: "500", deadline: inDays(30) });

  // Two SMEs quote.
  const demo = await signedIn(browser, "ja", "sme@demo.kakehashi.jp");
  const demoPages = new QuotationPages(demo.page);
  const demoThread = await demoPages.quote("ja", needId, terms({ unitPriceJpy: "1500", incoterm: "FOB" }));
  const secondThread = await new QuotationPages(second.page).quote("ja", needId, terms({ unitPriceJpy: "1350", incoterm: "CIF", place: "大連港" }));
  expect(secondThread).not.toBe(demoThread);

  // The distributor compares them side by side and asks the demo SME for a better price.
  await distributor.page.goto(`/zh/company/needs/${needId}`);
  await expect(distributor.page.getByTestId("compare-row")).toHaveCount(2);
  await expect(distributor.page.getByTestId("quotation-compare")).toContainText("FOB 新潟港");
  await expect(distributor.page.getByTestId("quotation-compare")).toContainText("CIF 大連港");
  await expect(distributor.page.getByTestId("chamber-badge").first()).toContainText("见附商工会议所");
  const demoQuote = distPages.quotationOf("见附针织工业");
  await demoQuote.getByTestId("revision-form").locator("textarea").fill("能否降到每条1,400日元？");
  await demoQuote.getByTestId("revision-form").locator('button[type="submit"]').click();
  await expect(demoQuote).toHaveAttribute("data-status", "revision_requested");

  // The demo SME sends version 2.
  await demo.page.goto(`/ja${demoThread}`);
  await expect(demo.page.getByTestId("revision-note")).toContainText("1,400");
  await demo.page.getByTestId("revise-link").click();
  await demoPages.fillTerms(terms({ unitPriceJpy: "1400" }));
  await demo.page.getByTestId("quotation-form").locator('button[type="submit"]').click();
  await expect(demo.page).toHaveURL(new RegExp(`/ja${demoThread}$`));
  await expect(demoPages.quotationOf("見附ニット")).toContainText("第2版");

  // The distributor accepts the revised quotation; the other SME's is closed politely.
  await distributor.page.reload();
  await expect(demoQuote).toContainText("¥1,400");
  await demoQuote.getByRole("button", { name: "接受此报价" }).click();
  await expect(demoQuote).toHaveAttribute("data-status", "accepted");
  await expect(distPages.quotationOf(secondName)).toHaveAttribute("data-status", "not_selected");

  // The deal negotiates, with the accepted terms in both timelines.
  await distributor.page.goto(`/zh${demoThread}`);
  await expect(distributor.page.getByTestId("deal-stage")).toHaveAttribute("data-stage", "negotiating");
  await expect(distributor.page.getByTestId("accepted-terms")).toContainText("第2版");
  await expect(distributor.page.getByTestId("accepted-terms")).toContainText("1,400");
  await demo.page.goto(`/ja${demoThread}`);
  await expect(demo.page.getByTestId("accepted-terms")).toContainText("1,400");
  await second.page.goto(`/ja${secondThread}`);
  await expect(second.page.getByTestId("quotation")).toHaveAttribute("data-status", "not_selected");

  // A sample: requested by the distributor, sent by the SME with tracking, received with feedback.
  await distributor.page.locator("details:has([data-testid=sample-request-form]) > summary").click();
  const request = distributor.page.getByTestId("sample-request-form");
  await request.locator('input[name="items"]').fill("羊毛针织围巾（灰色）");
  await request.locator('input[name="quantity"]').fill("3");
  await request.locator('textarea[name="address"]').fill("吉林省延吉市人民路1号 延边大洋集团");
  await request.locator('select[name="payer"]').selectOption("distributor");
  await request.locator('button[type="submit"]').click();
  await expect(distributor.page.getByTestId("sample")).toHaveAttribute("data-status", "requested");

  await demo.page.reload();
  const sent = demo.page.getByTestId("sample-sent-form");
  await sent.locator('select[name="carrier"]').selectOption("japan_post_ems");
  await sent.locator('input[name="trackingNumber"]').fill("EE123456789JP");
  await sent.locator('button[type="submit"]').click();
  await expect(demo.page.getByTestId("sample")).toHaveAttribute("data-status", "sent");
  await expect(demo.page.getByTestId("sample-tracking").getByRole("link", { name: "EE123456789JP" })).toHaveAttribute("href", /japanpost\.jp.*EE123456789JP/);

  await distributor.page.reload();
  const received = distributor.page.getByTestId("sample-received-form");
  await received.locator("textarea").fill("手感柔软，颜色与样册一致。");
  await received.locator('button[type="submit"]').click();
  await expect(distributor.page.getByTestId("sample")).toHaveAttribute("data-status", "received");
  await expect(distributor.page.getByTestId("sample-feedback")).toContainText("手感柔软");

  await Promise.all([distributor.close(), demo.close(), second.close()]);
});
