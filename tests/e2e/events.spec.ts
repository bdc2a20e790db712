import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { socketPathOf } from "../../db/embedded/lock.mjs";
import { EventPages } from "./pages/events";
import { signedIn } from "./support";

// The database the journeys' server uses: PostgreSQL when DATABASE_URL is set, else the embedded one.
function database() {
  const url = process.env.DATABASE_URL;
  if (url) return postgres(url, { max: 1 });
  return postgres("postgres://kakehashi@localhost/kakehashi", { path: socketPathOf(process.env.PGLITE_DIR ?? ".data/e2e-pglite"), max: 1 });
}

/**
 * A manufacturer of the Mitsuke chamber and a distributor that have never talked, each with one
 * account (the demo password): the demo pair has threads from other journeys, and a talk with a
 * deal in progress joins that thread instead of opening one.
 */
async function freshPair(stamp: string) {
  const sql = database();
  const [demo] = await sql`select password_hash from users where email = 'sme@demo.kakehashi.jp'`;
  const [chamber] = await sql`select id from chambers where key = 'mitsuke chamber of commerce and industry'`;
  const names = {
    sme: { ja: `見附ニット${stamp}`, zh: `见附针织${stamp}`, en: `Mitsuke Knit ${stamp}` },
    distributor: { ja: `延吉商事${stamp}`, zh: `延吉商贸${stamp}`, en: `Yanji Trading ${stamp}` },
  };
  const accounts = { sme: `sme-${stamp}@e2e.kakehashi.jp`, distributor: `distributor-${stamp}@e2e.kakehashi.jp` };
  for (const kind of ["sme", "distributor"] as const) {
    const [user] = await sql`insert into users (email, name, password_hash, role, locale, email_verified_at)
      values (${accounts[kind]}, ${names[kind].en}, ${demo!.password_hash}, ${kind}, ${kind === "sme" ? "ja" : "zh"}, now()) returning id`;
    const [company] = await sql`insert into companies (ref, kind, name, country, region, chamber_id, status)
      values (${`e2e-event-${kind}-${stamp}`}, ${kind}, ${sql.json(names[kind])}, ${kind === "sme" ? "JP" : "CN"}, ${kind === "sme" ? "JP-15" : "CN-JL"},
              ${kind === "sme" ? chamber!.id : null}, 'approved') returning id`;
    await sql`insert into company_members (company_id, user_id, role) values (${company!.id}, ${user!.id}, 'owner')`;
  }
  await sql.end();
  return { names, accounts };
}

const tokyoDay = (offsetDays: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date(Date.now() + offsetDays * 86_400_000));

test("a chamber admin runs an event: both sides register and are accepted, a requested talk is scheduled, held with notes, and carried into a thread and the report", async ({
  browser,
}) => {
  test.setTimeout(540_000);
  const stamp = Date.now().toString(36);
  const { names, accounts } = await freshPair(stamp);

  // The chamber admin creates today's event in Japan: talks 09:00–10:00 JST at two tables.
  const admin = await signedIn(browser, "ja", "chamber@demo.kakehashi.jp");
  const organizer = new EventPages(admin.page);
  const eventId = await organizer.create("ja", {
    nameJa: `見附・延辺 商談会 ${stamp}`,
    nameEn: `Mitsuke–Yanbian business talks ${stamp}`,
    place: "見附市中央公民館",
    startsOn: tokyoDay(0),
    endsOn: tokyoDay(1),
    timeZone: "Asia/Tokyo",
    dayStart: "09:00",
    dayEnd: "10:00",
    talkMinutes: "30",
    breakMinutes: "0",
    tables: "2",
    registrationDeadline: `${tokyoDay(1)}T23:00`,
  });

  // Both sides register; the organizer accepts them.
  const sme = await signedIn(browser, "ja", accounts.sme);
  const smePages = new EventPages(sme.page);
  await smePages.register("ja", eventId);
  const distributor = await signedIn(browser, "zh", accounts.distributor);
  const distPages = new EventPages(distributor.page);
  await distPages.register("zh", eventId);
  await organizer.manage("ja", eventId);
  await organizer.accept(names.sme.ja);
  await organizer.accept(names.distributor.ja);

  // The distributor asks the manufacturer for a talk; the manufacturer accepts.
  await distPages.participants("zh", eventId);
  await distPages.requestTalk(names.sme.zh);
  await smePages.participants("ja", eventId);
  await smePages.acceptRequest(names.distributor.ja);

  // The organizer's proposal places the talk at the first slot, one table, no clash; then publishes it.
  await organizer.manage("ja", eventId);
  await admin.page.getByTestId("propose-schedule").locator("button").click();
  const proposed = admin.page.getByTestId("proposed-talk");
  await expect(proposed).toHaveCount(1);
  await expect(proposed).toContainText(names.sme.ja);
  await expect(proposed).toContainText(names.distributor.ja);
  await expect(proposed.locator("td").nth(1)).toHaveText("1");
  await expect(proposed.locator("time")).toContainText("09:00");
  await admin.page.getByTestId("publish-schedule").locator("button").click();
  await expect(admin.page.getByTestId("day-talk")).toHaveAttribute("data-status", "scheduled");

  // On the day both check in, in their own zones, and write their notes.
  await smePages.agenda("ja", eventId);
  await expect(sme.page.getByTestId("agenda-time")).toContainText("09:00");
  await smePages.checkIn();
  await smePages.writeNote("4", "samples", "来月サンプルを送ります");
  await distPages.agenda("zh", eventId);
  await expect(distributor.page.getByTestId("agenda-time")).toContainText("08:00");
  await distPages.checkIn();
  await expect(distributor.page.getByTestId("agenda-talk")).toHaveAttribute("data-status", "held");
  await distPages.writeNote("5", "quotation", "请尽快报价");

  // The thread exists with both notes.
  await distributor.page.getByTestId("talk-thread").click();
  await expect(distributor.page).toHaveURL(/\/zh\/inquiries\/[0-9a-f-]{36}$/);
  await expect(distributor.page.getByTestId("message").filter({ hasText: "来月サンプルを送ります" })).toBeVisible();
  await expect(distributor.page.getByTestId("message").filter({ hasText: "请尽快报价" })).toBeVisible();

  // The report counts one talk held and one thread opened.
  expect(await organizer.figure("ja", eventId, "talksHeld")).toBe("1");
  expect(await organizer.figure("ja", eventId, "threadsOpened")).toBe("1");

  await Promise.all([admin.close(), sme.close(), distributor.close()]);
});
