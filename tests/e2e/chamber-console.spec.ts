import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { socketPathOf } from "../../db/embedded/lock.mjs";
import { ChamberConsole } from "./pages/chamber";
import { ThreadPage } from "./pages/deals";
import { eventually, signedIn } from "./support";

// Two companies waiting for review are put directly into the database the server uses, as a
// chamber's sign-ups would leave them: PostgreSQL when DATABASE_URL is set, else the embedded
// database the journeys' server runs (playwright.config.ts's PGLITE_DIR), through its socket.
// The demo pair must not be recommended yet: a fresh database, as tests/e2e/server.sh makes.
function database() {
  const url = process.env.DATABASE_URL;
  if (url) return postgres(url, { max: 1 });
  return postgres("postgres://kakehashi@localhost/kakehashi", { path: socketPathOf(process.env.PGLITE_DIR ?? ".data/e2e-pglite"), max: 1 });
}

test("a chamber admin approves two companies at once, recommends a pair that then talks and signs, sees the funnel move and the deal in the printable report, messages a member and downloads the members CSV", async ({
  browser,
}) => {
  // Three users, a dozen pages and two actions that reindex: under a load average of 30 on the shared
  // two-core machine the first steps alone took four minutes.
  test.setTimeout(540_000);
  const sql = database();
  const stamp = Date.now().toString(36);
  const names = [
    { ja: `見附織物${stamp}`, zh: `见附织物${stamp}`, en: `Mitsuke Weaving ${stamp}` },
    { ja: `栃尾染工${stamp}`, zh: `栃尾染工厂${stamp}`, en: `Tochio Dyeing ${stamp}` },
  ];
  const [chamber] = await sql`select id from chambers where key = 'mitsuke chamber of commerce and industry'`;
  const [knit] = await sql`select id from companies where ref = 'mitsuke-knit-works'`;
  for (const [i, name] of names.entries()) {
    await sql`insert into companies (ref, kind, name, country, region, chamber_id, status)
              values (${`e2e-${stamp}-${i}`}, 'sme', ${sql.json(name)}, 'JP', 'JP-15', ${chamber!.id}, 'pending')`;
  }
  await sql.end();

  const admin = await signedIn(browser, "ja", "chamber@demo.kakehashi.jp");
  const console_ = new ChamberConsole(admin.page);
  await console_.open("ja");
  const before = await console_.figures();

  // Both waiting companies approved in one action.
  await console_.members("ja", { q: stamp, status: "pending" });
  await expect(admin.page.getByTestId("members-table").locator("tbody tr")).toHaveCount(2);
  await console_.bulk("承認する");
  // Approving reindexes each company and queues its matches: on the shared two-core machine under
  // a load of 20–30 this took over the default 10 s.
  await expect(admin.page.getByRole("status").filter({ hasText: "2社を承認しました。" })).toBeVisible({ timeout: 30_000 });
  await console_.members("ja", { q: stamp });
  await expect(admin.page.getByTestId("member-status")).toHaveText(["承認済み", "承認済み"]);

  // The chamber recommends Mitsuke Knit Works to Yanbian Dayang.
  await admin.page.goto("/ja/matches");
  const card = admin.page.getByTestId("match-card").filter({ hasText: "見附ニット工業" }).filter({ hasText: "延辺大洋グループ" }).first();
  await eventually(admin.page, async () => expect(card).toBeVisible({ timeout: 1000 }));
  await card.getByRole("button", { name: "推薦する" }).click();
  await expect(card.getByText("推薦済み")).toBeVisible();

  // The pair exchange messages.
  const distributor = await signedIn(browser, "zh", "distributor@demo.kakehashi.jp");
  await distributor.page.goto(`/zh/inquiries/new?to=${knit!.id}&source=match`);
  const form = distributor.page.getByTestId("new-inquiry-form");
  await form.locator('input[name="subject"]').fill("商会推荐：针织品合作");
  await form.locator('textarea[name="body"]').fill("您好，见附商工会议所推荐了贵公司，我们想了解针织品。");
  await form.locator('button[type="submit"]').click();
  await expect(distributor.page).toHaveURL(/\/zh\/inquiries\/[0-9a-f-]{36}$/);
  const thread = new URL(distributor.page.url()).pathname.replace(/^\/zh/, "");
  const sme = await signedIn(browser, "ja", "sme@demo.kakehashi.jp");
  await sme.page.goto(`/ja${thread}`);
  await new ThreadPage(sme.page).post("ご連絡ありがとうございます。カタログをお送りします。");

  // The funnel moved accordingly.
  await console_.open("ja");
  const after = await console_.figures();
  expect(after.members).toBe(before.members! + 2);
  expect(after.contacted).toBe(before.contacted! + 1);
  expect(after.replied).toBe(before.replied! + 1);
  expect(after["rec-pairs"]).toBe(before["rec-pairs"]! + 1);
  expect(after["rec-contacted"]).toBe(before["rec-contacted"]! + 1);

  // The pair sign; the printable report lists the deal with both names, and prints without navigation or buttons.
  await new ThreadPage(sme.page).moveTo("signed");
  await console_.open("ja");
  await console_.openReport();
  await expect(admin.page.getByRole("heading", { level: 1, name: "事業レポート" })).toBeVisible();
  await expect(admin.page.getByTestId("report-chamber")).toHaveText("見附商工会議所");
  await expect(admin.page.getByTestId("funnel-table")).toBeVisible();
  await expect(admin.page.getByTestId("series-table")).toBeVisible();
  expect(await admin.page.getByTestId("funnel-signed").innerText()).toBe(String(after.signed! + 1));
  const signed = await console_.signedDeals();
  expect(signed.find((cells) => cells[0] === "見附ニット工業" && cells[1] === "延辺大洋グループ")).toBeTruthy();
  await admin.page.emulateMedia({ media: "print" });
  await expect(admin.page.getByTestId("print-report")).toBeHidden();
  await expect(admin.page.getByRole("navigation").first()).toBeHidden();
  await expect(admin.page.getByTestId("signed-deals")).toBeVisible();
  await admin.page.emulateMedia({ media: "screen" });

  // A message to Mitsuke Knit Works reaches its user's notifications, sent in the chamber's name.
  await console_.members("ja", { q: "見附ニット工業" });
  await console_.message(["見附ニット工業"], `展示会のご案内 ${stamp}`, "上海の展示会に出展しませんか。", {
    open: "お知らせを書く…",
    subject: "件名",
    body: "本文",
    send: "選択した会員に送信",
  });
  await expect(admin.page.getByRole("status").filter({ hasText: "1社（" })).toBeVisible({ timeout: 30_000 });
  await sme.page.goto("/ja/notifications");
  const note = sme.page.getByTestId("notification-item").filter({ hasText: `展示会のご案内 ${stamp}` });
  await expect(note.getByTestId("notification-link")).toContainText("見附商工会議所からのお知らせ");
  await expect(note.getByTestId("notification-detail")).toHaveText("上海の展示会に出展しませんか。");

  // The members CSV, downloaded by the browser, reads back with the Japanese and Chinese names.
  await console_.members("ja", {});
  const [download] = await Promise.all([admin.page.waitForEvent("download"), admin.page.getByTestId("export-members").click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
  const lines = text.split("\r\n");
  expect(lines[0]).toBe("ref,名称,名称（日本語）,名称（中国語）,名称（英語）,種別,状態,地域,加入日,最終活動,進行中の商談,不足している情報");
  for (const [i, name] of names.entries()) {
    expect(lines.find((l) => l.startsWith(`e2e-${stamp}-${i},`))).toContain(`${name.ja},${name.ja},${name.zh},${name.en},中小企業（日本）,承認済み`);
  }
  await Promise.all([admin.close(), distributor.close(), sme.close()]);
});
