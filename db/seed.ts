import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chambers, companies, companyMembers, users } from "@/db/schema";
import { ensureAccount } from "@/lib/chambers/admins";
import { findOrCreateChamber } from "@/lib/chambers/chambers";
import { importExchange } from "@/lib/exchange/import";
import { formatErrors, parseExchange } from "@/lib/exchange/validate";
import { seedShowroomDemo } from "@/lib/showrooms/demo";

/** Demo accounts, documented in the README. Every one signs in with demoPassword. */
export const demoPassword = "kakehashi-demo-2026";
export const demoAccounts = [
  { email: "sme@demo.kakehashi.jp", name: "山田 花子", role: "sme", locale: "ja", company: "mitsuke-knit-works" },
  // A Niigata sake brewer: China bans its goods (market-access rule R01), which its matches show.
  { email: "brewer@demo.kakehashi.jp", name: "渡辺 健太", role: "sme", locale: "ja", company: "echigo-sake" },
  { email: "distributor@demo.kakehashi.jp", name: "金 明哲", role: "distributor", locale: "zh", company: "yanbian-dayang" },
  {
    email: "chamber@demo.kakehashi.jp",
    name: "佐藤 健一",
    role: "chamber_admin",
    locale: "ja",
    chamber: "Mitsuke Chamber of Commerce and Industry",
  },
  { email: "admin@demo.kakehashi.jp", name: "Platform Admin", role: "platform_admin", locale: "en" },
] as const;

export const demoExchangeFile = path.resolve(process.cwd(), "db/demo/demo-exchange.json");

/**
 * Every chamber the demo data names, with its names in all three languages: the exchange file
 * only carries the English name, which Japanese and Chinese readers would otherwise see.
 */
const demoChambers = [
  { en: "Mitsuke Chamber of Commerce and Industry", ja: "見附商工会議所", zh: "见附商工会议所", region: "JP-15" },
  { en: "Tsubame Chamber of Commerce and Industry", ja: "燕商工会議所", zh: "燕商工会议所", region: "JP-15" },
  { en: "Sanjo Chamber of Commerce and Industry", ja: "三条商工会議所", zh: "三条商工会议所", region: "JP-15" },
  { en: "Niigata Chamber of Commerce and Industry", ja: "新潟商工会議所", zh: "新潟商工会议所", region: "JP-15" },
  { en: "Ojiya Chamber of Commerce and Industry", ja: "小千谷商工会議所", zh: "小千谷商工会议所", region: "JP-15" },
  { en: "Arita Chamber of Commerce and Industry", ja: "有田商工会議所", zh: "有田商工会议所", region: "JP-41" },
  { en: "Hamamatsu Chamber of Commerce and Industry", ja: "浜松商工会議所", zh: "滨松商工会议所", region: "JP-22" },
  { en: "Imabari Chamber of Commerce and Industry", ja: "今治商工会議所", zh: "今治商工会议所", region: "JP-38" },
  { en: "Kobe Chamber of Commerce and Industry", ja: "神戸商工会議所", zh: "神户商工会议所", region: "JP-28" },
  { en: "Kurashiki Chamber of Commerce and Industry", ja: "倉敷商工会議所", zh: "仓敷商工会议所", region: "JP-33" },
  { en: "Obihiro Chamber of Commerce and Industry", ja: "帯広商工会議所", zh: "带广商工会议所", region: "JP-01" },
  { en: "Sabae Chamber of Commerce and Industry", ja: "鯖江商工会議所", zh: "鲭江商工会议所", region: "JP-18" },
  { en: "Seki Chamber of Commerce and Industry", ja: "関商工会議所", zh: "关商工会议所", region: "JP-21" },
  { en: "Toyama Chamber of Commerce and Industry", ja: "富山商工会議所", zh: "富山商工会议所", region: "JP-16" },
  { en: "Uji Chamber of Commerce and Industry", ja: "宇治商工会議所", zh: "宇治商工会议所", region: "JP-26" },
  { en: "Dalian General Chamber of Commerce", ja: "大連市総商会", zh: "大连市总商会", region: "CN-LN" },
  { en: "Yanbian General Chamber of Commerce", ja: "延辺総商会", zh: "延边总商会", region: "CN-JL" },
];

async function importDemoCompanies(): Promise<boolean> {
  const db = await getDb();
  const parsed = parseExchange(JSON.parse(readFileSync(demoExchangeFile, "utf8")));
  if (!parsed.ok) throw new Error(`The demo exchange file does not validate:\n${formatErrors(parsed.errors)}`);
  const refs = parsed.doc.companies.map((c) => c.ref);
  const existing = new Set((await db.select({ ref: companies.ref }).from(companies).where(inArray(companies.ref, refs))).map((c) => c.ref));
  // Only the demo companies not there yet: the ones already seeded may have been claimed by their
  // demo owners since, and an import refuses to overwrite a claimed company.
  const missing = parsed.doc.companies.filter((c) => !existing.has(c.ref));
  if (missing.length === 0) return false;
  await importExchange({ ...parsed.doc, companies: missing });
  return true;
}

/** Idempotent: running it twice creates nothing the second time. */
export async function seedDemo(): Promise<{ created: string[]; importedCompanies: boolean }> {
  for (const { region, ...name } of demoChambers) {
    const chamber = await findOrCreateChamber(name.en, { name, region });
    // A chamber an earlier import created under its English name alone gets its other names.
    if (!chamber.name.ja || !chamber.name.zh)
      await (
        await getDb()
      )
        .update(chambers)
        .set({ name: { ...name, ...chamber.name } })
        .where(eq(chambers.id, chamber.id));
  }
  const importedCompanies = await importDemoCompanies();
  const db = await getDb();
  const created: string[] = [];
  for (const account of demoAccounts) {
    const { user, created: isNew } = await ensureAccount({ ...account, password: demoPassword });
    if (isNew) created.push(account.email);
    // The demo addresses are the site's own: confirmed, so the demo companies can contact each other.
    await db
      .update(users)
      .set({ emailVerifiedAt: new Date() })
      .where(and(eq(users.id, user.id), isNull(users.emailVerifiedAt)));
    if (!("company" in account)) continue;
    const [company] = await db.select({ id: companies.id }).from(companies).where(eq(companies.ref, account.company));
    // The demo owners have claimed their imported companies.
    await db.insert(companyMembers).values({ companyId: company!.id, userId: user.id, role: "owner" }).onConflictDoNothing();
    await db.update(companies).set({ imported: false }).where(eq(companies.id, company!.id));
  }
  // Yanbian Dayang's display space in Yanji, with Mitsuke knitwear already on show.
  await seedShowroomDemo();
  return { created, importedCompanies };
}
