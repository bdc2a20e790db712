import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signedIn } from "./support";

type DemoCompany = { ref: string; chamber?: string; employees?: number; name: Record<string, string> };
const demo = JSON.parse(readFileSync(new URL("../../db/demo/demo-exchange.json", import.meta.url), "utf8")) as { format: string; companies: DemoCompany[] };
// The demo owners have claimed these two; an import may not touch them.
const claimed = new Set(["mitsuke-knit-works", "yanbian-dayang"]);

/** The member count the chambers page shows for each chamber, by its name in the row. */
async function memberCounts(page: import("@playwright/test").Page) {
  await page.goto("/ja/admin/chambers");
  const rows = page.getByTestId("chamber-table").locator("tbody tr");
  const counts: Record<string, string> = {};
  for (const row of await rows.all()) counts[(await row.locator("td").nth(0).innerText()).trim()] = (await row.locator("td").nth(2).innerText()).trim();
  return counts;
}

test("a platform admin re-imports the member list without its chamber column: the preview names each change, and no chamber loses a member", async ({
  browser,
}) => {
  const admin = await signedIn(browser, "ja", "admin@demo.kakehashi.jp");
  const before = await memberCounts(admin.page);
  expect(Object.values(before).some((n) => Number(n) > 0)).toBe(true);

  const members = demo.companies.filter((c) => c.chamber && !claimed.has(c.ref)).slice(0, 3);
  const [first, ...rest] = members.map((c) => ({ ...c, chamber: undefined }));
  const file = { format: demo.format, companies: [{ ...first!, employees: (first!.employees ?? 10) + 1 }, ...rest] };

  await admin.page.goto("/ja/admin/import");
  await admin.page
    .getByLabel("交換ファイル（JSON）")
    .setInputFiles({ name: "members.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await admin.page.getByRole("button", { name: "ファイルを検証" }).click();
  const updates = admin.page.getByTestId("import-updates");
  await expect(updates.locator("tbody tr")).toHaveCount(3);
  await expect(updates.locator("tbody tr").nth(0)).toContainText(`${first!.name.ja ?? first!.name.en} (${first!.ref})`);
  await expect(updates.locator("tbody tr").nth(0)).toContainText("従業員数");
  await expect(updates.locator("tbody tr").nth(1)).toContainText("変更なし");

  await admin.page.getByRole("button", { name: /社をインポート/ }).click();
  await expect(admin.page.getByText(/^インポート完了：新規0社、更新3社/)).toBeVisible();
  expect(await memberCounts(admin.page)).toEqual(before);
  await admin.close();
});
