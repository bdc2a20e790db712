import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { chambers, companies, companyMembers, products, salesChannels, users } from "@/db/schema";
import { demoAccounts, demoPassword, seedDemo } from "@/db/seed";
import { checkCredentials } from "@/lib/auth/credentials";
import { withTestDatabase } from "../support/database";

withTestDatabase();

describe("the demo seed", () => {
  it("creates the documented accounts and the demo companies once, however often it runs", async () => {
    const first = await seedDemo();
    expect(first.created).toHaveLength(demoAccounts.length);
    expect(first.importedCompanies).toBe(true);
    expect(await seedDemo()).toEqual({ created: [], importedCompanies: false });
    const db = await getDb();
    const rows = await db.select({ role: users.role, verified: users.emailVerifiedAt }).from(users);
    expect(rows.map((r) => r.role).sort()).toEqual(["chamber_admin", "distributor", "platform_admin", "sme", "sme"]);
    // Confirmed addresses: the demo companies can contact each other at once.
    expect(rows.filter((r) => !r.verified)).toEqual([]);
    expect((await db.select().from(companies)).length).toBeGreaterThanOrEqual(30);
    expect((await db.select().from(products)).length).toBeGreaterThanOrEqual(80);
    expect((await db.select().from(salesChannels)).length).toBeGreaterThanOrEqual(40);
    const [mitsuke] = await db.select().from(chambers).where(eq(chambers.key, "mitsuke chamber of commerce and industry"));
    expect(mitsuke!.name).toEqual({ en: "Mitsuke Chamber of Commerce and Industry", ja: "見附商工会議所", zh: "见附商工会议所" });
  });

  it("names every chamber of the demo data in Japanese and Chinese, also one an import created in English alone", async () => {
    const db = await getDb();
    await db.insert(chambers).values({ key: "arita chamber of commerce and industry", name: { en: "Arita Chamber of Commerce and Industry" } });
    await seedDemo();
    const rows = await db.select().from(chambers);
    expect(rows.length).toBeGreaterThanOrEqual(17);
    expect(rows.filter((c) => !c.name.ja || !c.name.zh).map((c) => c.name.en)).toEqual([]);
    const arita = rows.find((c) => c.key === "arita chamber of commerce and industry");
    expect(arita!.name).toEqual({ en: "Arita Chamber of Commerce and Industry", ja: "有田商工会議所", zh: "有田商工会议所" });
  });

  it("makes the demo SMEs and distributor the owners of their story's companies", async () => {
    await seedDemo();
    const db = await getDb();
    const owned = await db
      .select({ email: users.email, ref: companies.ref, role: companyMembers.role, imported: companies.imported })
      .from(companyMembers)
      .innerJoin(users, eq(users.id, companyMembers.userId))
      .innerJoin(companies, eq(companies.id, companyMembers.companyId));
    expect(owned.sort((a, b) => a.ref.localeCompare(b.ref))).toEqual([
      { email: "brewer@demo.kakehashi.jp", ref: "echigo-sake", role: "owner", imported: false },
      { email: "sme@demo.kakehashi.jp", ref: "mitsuke-knit-works", role: "owner", imported: false },
      { email: "distributor@demo.kakehashi.jp", ref: "yanbian-dayang", role: "owner", imported: false },
    ]);
  });

  it("adds demo companies missing from an earlier seed without touching the claimed ones", async () => {
    await seedDemo();
    const db = await getDb();
    await db
      .update(companies)
      .set({ name: { ja: "見附ニット（編集済み）" } })
      .where(eq(companies.ref, "mitsuke-knit-works"));
    const [dropped] = await db.delete(companies).where(eq(companies.ref, "tsubame-cutlery")).returning({ ref: companies.ref });
    expect(dropped).toBeDefined();
    expect(await seedDemo()).toEqual({ created: [], importedCompanies: true });
    expect(await db.select({ ref: companies.ref }).from(companies).where(eq(companies.ref, "tsubame-cutlery"))).toHaveLength(1);
    const [claimed] = await db.select({ name: companies.name }).from(companies).where(eq(companies.ref, "mitsuke-knit-works"));
    expect(claimed!.name).toEqual({ ja: "見附ニット（編集済み）" });
  });

  it("lets every demo account sign in with the documented password", async () => {
    await seedDemo();
    for (const account of demoAccounts) {
      const result = await checkCredentials({ email: account.email, password: demoPassword, ip: "127.0.0.1" });
      expect(result.status).toBe("ok");
    }
  });
});
