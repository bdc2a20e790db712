import { expect, test } from "@playwright/test";
import { eventually, signedIn } from "./support";

test("a Niigata sake brewer sees its food-distributor matches blocked with the rule and its source, and out of its top list", async ({ browser }) => {
  const { page, close } = await signedIn(browser, "ja", "brewer@demo.kakehashi.jp");
  await page.goto("/ja/matches");
  const blocked = page.getByTestId("blocked-matches");
  // The demo import queues every company; the background worker computes their profiles.
  await eventually(page, async () => expect(blocked).toBeVisible({ timeout: 1000 }));
  await expect(blocked.getByRole("heading", { name: "輸入できない相手とその理由" })).toBeVisible();
  const sakura = blocked.getByTestId("match-card").filter({ hasText: "大連さくら食品輸入" });
  await expect(sakura).toHaveCount(1);
  const panel = sakura.getByTestId("access-panel");
  await expect(panel).toHaveAttribute("data-outcome", "block");
  // Every channel of the distributor is blocked, by R01 with the MAFF source and its date.
  const channels = panel.getByTestId("access-channel");
  await expect(channels.first()).toBeVisible();
  for (const channel of await channels.all()) await expect(channel).toHaveAttribute("data-outcome", "block");
  await expect(panel.getByTestId("access-rule").filter({ hasText: "R01" }).first()).toContainText("10都県産食品の輸入停止");
  await expect(panel.getByTestId("access-source").first()).toHaveAttribute("href", "https://www.maff.go.jp/j/export/e_shoumei/china_shoumei.html");
  await expect(panel.getByTestId("access-rule").first()).toContainText("2025-06-29");
  await expect(panel.getByTestId("access-disclaimer")).toContainText("法的助言ではありません");
  // Not in the top list: every card on the page is in the blocked section.
  await expect(page.getByTestId("match-card")).toHaveCount(await blocked.getByTestId("match-card").count());
  await close();
});

test("a distributor filters search to goods it can import through its channels", async ({ browser }) => {
  const { page, close } = await signedIn(browser, "zh", "distributor@demo.kakehashi.jp");
  await page.goto("/zh/search?type=product&hs=22");
  const results = page.getByTestId("search-results");
  await expect(results).toContainText("越乃雪");
  await page.getByTestId("search-importable").check();
  await page.getByTestId("search-submit").click();
  await expect(page).toHaveURL(/importable=1/);
  await expect(page.getByTestId("search-empty")).toBeVisible();
  // Goods that may go in stay: knitwear (HS 61) is still found with the filter on.
  await page.goto("/zh/search?type=product&hs=61&importable=1");
  await expect(page.getByTestId("search-results").locator("li").first()).toBeVisible();
  await expect(page.getByTestId("search-importable")).toBeChecked();
  await close();
});
