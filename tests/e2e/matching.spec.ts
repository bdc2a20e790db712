import { expect, test } from "@playwright/test";
import { eventually, signedIn } from "./support";

test("a distributor sees ranked matches with reasons, saves one and dismisses another for good", async ({ browser }) => {
  const { page, close } = await signedIn(browser, "zh", "distributor@demo.kakehashi.jp");
  await page.goto("/zh/matches");
  const cards = page.getByTestId("match-card");
  // The demo import queues every company; the background worker computes their matches.
  await eventually(page, async () => expect(cards.first()).toBeVisible({ timeout: 1000 }));
  // Yanbian Dayang handles knitwear: a Mitsuke knit maker comes first, for checkable reasons.
  await expect(cards.first().getByRole("link").first()).toContainText("针织");
  await expect(cards.first().getByRole("list", { name: "匹配理由" })).toContainText("HS 61");
  // The card leads with its score as a ring, the partner's chamber, and the knitwear that matched.
  await expect(cards.first().getByTestId("match-score")).toHaveAttribute("aria-label", /^匹配度 \d+%$/);
  await expect(cards.first().getByTestId("chamber-member")).toHaveText("见附商工会议所会员");
  await expect(cards.first().getByTestId("matched-products").getByRole("link").first()).toHaveAttribute("href", /^\/zh\/products\/[0-9a-f-]{36}$/);

  const second = await cards.nth(1).getByRole("link").first().innerText();
  await cards.nth(1).getByRole("button", { name: "收藏" }).click();
  await expect(cards.nth(1).getByText("已收藏。")).toBeVisible();

  const first = await cards.first().getByRole("link").first().innerText();
  await cards.first().getByRole("button", { name: "不再显示" }).click();
  await expect(page.getByTestId("match-card").filter({ hasText: first })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("match-card").filter({ hasText: first })).toHaveCount(0);
  await expect(page.getByTestId("match-card").filter({ hasText: second }).getByText("已收藏")).toBeVisible();

  // Filters narrow the list by the distributor's view of the SME: HS chapter 19 (bakery and
  // confectionery; Niigata sake, chapter 22, is no match since China bans Niigata food).
  await page.getByLabel("HS章").selectOption("19");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/hsChapter=19/);
  await expect(page.getByTestId("match-card").first()).toContainText("HS 19");
  await close();
});

test("a chamber admin recommends a member's match with a note, and the member is notified and sees who recommended it", async ({ browser }) => {
  const note = "延吉の展示会で王さんにお会いしました";
  const admin = await signedIn(browser, "ja", "chamber@demo.kakehashi.jp");
  await admin.page.goto("/ja/matches");
  // A match of the member that the chamber has not recommended yet (the console's journey may
  // have recommended one already: it still has its note field).
  const memberCard = admin.page
    .getByTestId("match-card")
    .filter({ hasText: "見附ニット工業" })
    .filter({ has: admin.page.getByLabel("両社へのコメント（任意）") })
    .first();
  await eventually(admin.page, async () => expect(memberCard).toBeVisible({ timeout: 1000 }));
  const partner = await memberCard.getByRole("link").first().innerText();
  const partnerName = partner.replace(/原文.*$/, "").trim();
  const recommended = admin.page.getByTestId("match-card").filter({ hasText: "見附ニット工業" }).filter({ hasText: partner });
  await memberCard.getByLabel("両社へのコメント（任意）").fill(note);
  await memberCard.getByRole("button", { name: "推薦する" }).click();
  await expect(recommended.first().getByText("推薦済み")).toBeVisible();

  const sme = await signedIn(browser, "ja", "sme@demo.kakehashi.jp");
  await sme.page.goto("/ja/matches");
  const card = sme.page.getByTestId("match-card").filter({ hasText: partnerName }).first();
  await expect(card.getByTestId("recommended-by")).toHaveText(`見附商工会議所の推薦 — ${note}`);

  // The member was told, in Japanese, with the chamber's note and a link to the partner.
  await sme.page.goto("/ja/notifications");
  const notice = sme.page
    .getByTestId("notification-item")
    .filter({ hasText: `見附商工会議所が取引先として${partnerName}を推薦しました` })
    .first();
  await expect(notice.getByTestId("notification-detail")).toHaveText(`コメント：${note}`);
  await notice.getByTestId("notification-link").click();
  await expect(sme.page).toHaveURL(/\/ja\/companies\/[0-9a-f-]{36}$/);
  await expect(sme.page.getByRole("heading", { level: 1 })).toContainText(partnerName);
  await admin.close();
  await sme.close();
});
