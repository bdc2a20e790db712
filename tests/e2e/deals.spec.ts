import { expect, test } from "@playwright/test";
import { ProductPages } from "./pages/catalog";
import { ThreadPage } from "./pages/deals";
import { signedIn } from "./support";

function futureSlot(daysAhead: number, hour: number): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
}

test("a Chinese search finds a Japanese-only product and the contact is carried to a signed agreement", async ({ browser }) => {
  const sme = await signedIn(browser, "en", "sme@demo.kakehashi.jp");
  const name = `ニット手袋 見附 ${Date.now()}`;
  const productId = await new ProductPages(sme.page).create({ nameJa: name, hsQuery: "6116", priceMin: "1200", priceMax: "1800", moq: "300" });

  // The distributor searches in Chinese: 针织手套 shares no script with ニット手袋, but its HS heading does.
  const distributor = await signedIn(browser, "zh", "distributor@demo.kakehashi.jp");
  await distributor.page.goto(`/zh/search?q=${encodeURIComponent("针织手套")}`);
  const result = distributor.page.getByTestId("search-result").filter({ hasText: name });
  await expect(result).toBeVisible();
  await result.getByRole("link").first().click();
  await expect(distributor.page).toHaveURL(new RegExp(`/zh/products/${productId}$`));
  await distributor.page.getByTestId("contact-link").click();
  const form = distributor.page.getByTestId("new-inquiry-form");
  await form.locator('input[name="subject"]').fill("针织手套询价");
  await form.locator('textarea[name="body"]').fill("您好，我们是延边大洋集团，想在延吉展厅和东北百货渠道销售贵公司的针织手套，请报价。");
  await form.locator('button[type="submit"]').click();
  await expect(distributor.page).toHaveURL(/\/zh\/inquiries\/[0-9a-f-]{36}$/);
  const inquiryUrl = new URL(distributor.page.url()).pathname.replace(/^\/zh/, "");
  const distributorThread = new ThreadPage(distributor.page);

  // The SME finds it in its inbox and replies in Japanese.
  await sme.page.goto("/ja/inbox");
  await expect(sme.page.getByTestId("thread-row").filter({ hasText: "针织手套询价" })).toHaveAttribute("data-unread", "1");
  await sme.page.goto(`/ja${inquiryUrl}`);
  const smeThread = new ThreadPage(sme.page);
  await smeThread.post("お問い合わせありがとうございます。300双から、1双1,500円でご提供できます。");

  // The SME gives partners its WeChat ID; the distributor, whose company has talked with it both
  // ways (here and in earlier threads of the demo pair), sees it beside the thread.
  await sme.page.goto("/ja/company");
  await sme.page.locator("#wechatId").fill("mitsuke_knit_demo");
  await sme.page.getByRole("button", { name: "変更を保存" }).click();
  // Saved as it was, contacts aside: the company stays approved instead of going back to review.
  await expect(sme.page.getByText("変更を保存しました。", { exact: true })).toBeVisible();
  await distributor.page.reload();
  await expect(distributor.page.getByTestId("contact-handles")).toContainText("微信mitsuke_knit_demo");
  await sme.page.goto(`/ja${inquiryUrl}`);

  // The Mitsuke chamber coordinates: its note shows as the chamber's.
  const chamber = await signedIn(browser, "ja", "chamber@demo.kakehashi.jp");
  await chamber.page.goto(`/ja${inquiryUrl}`);
  await new ThreadPage(chamber.page).post("見附商工会議所です。延吉の展示スペースでのサンプル展示もご相談ください。");
  await expect(chamber.page.getByTestId("message").last()).toHaveAttribute("data-side", "chamber");

  // The distributor proposes a meeting; the SME accepts the first slot.
  await distributor.page.reload();
  await distributorThread.proposeMeeting([futureSlot(10, 10), futureSlot(11, 15)]);
  await sme.page.reload();
  await sme.page.getByTestId("meeting").getByRole("button").first().click();
  await expect(sme.page.getByTestId("meeting-confirmed")).toBeVisible();
  await expect(sme.page.getByTestId("meeting-ics")).toBeVisible();

  // The SME has to call the meeting off; the distributor is told why and gets the calendar cancellation.
  const reason = "社長の出張が重なりました。別の日程でお願いします。";
  await smeThread.cancelMeeting(reason);
  await expect(sme.page.getByTestId("meeting-confirmed")).toHaveCount(0);
  await distributor.page.goto("/zh/notifications");
  const notice = distributor.page.getByTestId("notification-item").filter({ hasText: reason }).first();
  await expect(notice.getByTestId("notification-detail")).toHaveText(`原因：${reason}`);
  await notice.getByTestId("notification-link").click();
  await expect(distributor.page).toHaveURL(new RegExp(`/zh${inquiryUrl}$`));
  await expect(distributor.page.getByTestId("meeting")).toHaveAttribute("data-status", "cancelled");
  await expect(distributor.page.getByTestId("meeting-ics-cancel")).toBeVisible();
  expect(await distributorThread.timeline()).toContain("meeting_cancelled");

  // New times are proposed and accepted.
  await distributorThread.proposeMeeting([futureSlot(12, 10), futureSlot(13, 15)]);
  await sme.page.reload();
  await sme.page.locator('[data-testid="meeting"][data-status="proposed"]').getByRole("button").first().click();
  await expect(sme.page.getByTestId("meeting-confirmed")).toBeVisible();
  await expect(sme.page.getByTestId("meeting-ics")).toBeVisible();

  // Talks go on to a signed agreement.
  // Deals the chamber's members signed this year before this one (other journeys may have signed some).
  await chamber.page.goto("/ja/chamber/deals");
  const signedBefore = Number(await chamber.page.getByTestId("signed-this-year").innerText());
  await distributorThread.moveTo("in_talks");
  await smeThread.page.reload();
  await smeThread.moveTo("negotiating");
  await distributor.page.reload();
  await distributorThread.moveTo("signed");

  await sme.page.reload();
  await expect(sme.page.getByTestId("deal-stage")).toHaveAttribute("data-stage", "signed");
  const smeTimeline = await smeThread.timeline();
  const distributorTimeline = await distributorThread.timeline();
  expect(smeTimeline).toEqual(distributorTimeline);
  expect(smeTimeline).toEqual(expect.arrayContaining(["meeting_proposed", "meeting_accepted", "meeting_cancelled"]));
  expect(smeTimeline.filter((type) => type === "stage_changed")).toHaveLength(3);

  await chamber.page.goto("/ja/chamber/deals");
  await expect(chamber.page.getByTestId("signed-this-year")).toHaveText(String(signedBefore + 1));
  for (const session of [sme, distributor, chamber]) await session.close();
});

test("an SME applies to the Yanji showroom with its products and the distributor accepts", async ({ browser }) => {
  const sme = await signedIn(browser, "en", "sme@demo.kakehashi.jp");
  await sme.page.goto("/en/company");
  const profile = await sme.page.getByRole("link", { name: "View public profile" }).getAttribute("href");
  await sme.page.goto(profile!);
  const badgesBefore = await sme.page.getByTestId("display-badge").count();

  await sme.page.goto("/en/showrooms");
  await sme.page.getByTestId("showroom-offer").first().getByRole("link").first().click();
  const apply = sme.page.getByTestId("apply-form");
  await apply.getByTestId("apply-product").first().check();
  await apply.getByLabel("Message to the distributor (optional)").fill("見附のニットを延吉で展示させてください。");
  await apply.getByRole("button", { name: "Apply" }).click();
  await expect(sme.page.getByTestId("apply-pending")).toBeVisible();
  const offerPath = new URL(sme.page.url()).pathname.replace(/^\/en/, "");

  const distributor = await signedIn(browser, "en", "distributor@demo.kakehashi.jp");
  await distributor.page.goto(`/en${offerPath}`);
  const pending = distributor.page.locator('[data-testid="application"][data-status="pending"]');
  await expect(pending).toHaveCount(1);
  await pending.getByRole("button", { name: "Accept" }).click();
  await expect(pending).toHaveCount(0);

  // The accepted product now carries its "on display in Yanji" badge.
  await sme.page.goto(profile!);
  await expect(sme.page.getByTestId("display-badge")).toHaveCount(badgesBefore + 1);
  await expect(sme.page.getByTestId("display-badge").first()).toContainText("延吉");
  for (const session of [sme, distributor]) await session.close();
});
