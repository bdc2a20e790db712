import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, companyMembers } from "@/db/schema";
import { ensureAccount } from "@/lib/accounts/admins";
import { findOrCreateChamber } from "@/lib/chambers/chambers";
import { importExchange } from "@/lib/exchange/import";
import { formatErrors, parseExchange } from "@/lib/exchange/validate";
import { seedShowroomDemo } from "@/lib/showrooms/demo";

/** Demo accounts, documented in the README. Every one signs in with demoPassword. */
export const demoPassword = "kakehashi-demo-2026";
export const demoAccounts = [
  { email: "sme@demo.kakehashi.jp", name: "山田 花子", role: "sme", locale: "ja", company: "mitsuke-knit-works" },
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

/** The chambers the demo story names, with their names in all three languages. */
const demoChambers = [
  { en: "Mitsuke Chamber of Commerce and Industry", ja: "見附商工会議所", zh: "见附商工会议所", region: "JP-15" },
  { en: "Tsubame Chamber of Commerce and Industry", ja: "燕商工会議所", zh: "燕商工会议所", region: "JP-15" },
  { en: "Sanjo Chamber of Commerce and Industry", ja: "三条商工会議所", zh: "三条商工会议所", region: "JP-15" },
  { en: "Niigata Chamber of Commerce and Industry", ja: "新潟商工会議所", zh: "新潟商工会议所", region: "JP-15" },
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
  for (const { region, ...name } of demoChambers) await findOrCreateChamber(name.en, { name, region });
  const importedCompanies = await importDemoCompanies();
  const db = await getDb();
  const created: string[] = [];
  for (const account of demoAccounts) {
    const { user, created: isNew } = await ensureAccount({ ...account, password: demoPassword });
    if (isNew) created.push(account.email);
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
