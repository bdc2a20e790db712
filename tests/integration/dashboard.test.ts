import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  companies,
  inquiries,
  listingReports,
  matches,
  productImages,
  products,
  salesChannels,
  showroomApplications,
  showroomOffers,
  sourcingNeeds,
} from "@/db/schema";
import { dashboardOverview, type ChecklistItem } from "@/lib/dashboard/overview";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";

withTestDatabase();

async function offerBy(companyId: string) {
  const [offer] = await (
    await getDb()
  )
    .insert(showroomOffers)
    .values({ companyId, title: { zh: "延吉日本商品展厅" }, place: "延吉", region: "CN-JL", startsOn: "2026-12-01", endsOn: "2027-03-31" })
    .returning();
  return offer!;
}

/** The checklist as "step" for a step done and "step?" (with where it is mended) for one to do. */
async function checklistOf(user: Parameters<typeof dashboardOverview>[0]): Promise<string[]> {
  const overview = await dashboardOverview(user);
  if (overview.kind !== "member") throw new Error("not a member's dashboard");
  return overview.checklist.map((item: ChecklistItem) => (item.done ? item.step : `${item.step}?${item.where ? `@${item.where}` : ""}`));
}

describe("the dashboard overview", () => {
  it("shows a new SME account the whole checklist, starting with its company", async () => {
    const user = await insertUser({ role: "sme" });
    expect(await dashboardOverview(user)).toEqual({
      kind: "member",
      company: null,
      checklist: ["createCompany", "addProducts", "addImages", "chineseNames", "setTargets"].map((step) => ({ step, done: false })),
      topMatches: [],
      unreadMessages: 0,
      pendingApplications: 0,
    });
    expect(await checklistOf(await insertUser({ role: "distributor" }))).toEqual(["createCompany?", "addChannels?", "chineseNames?", "addNeeds?"]);
  });

  it("ticks an SME's checklist off as it adds products, photos, Chinese names and targets, and counts its pending showroom applications", async () => {
    const user = await insertUser({ role: "sme" });
    const sme = await insertCompany({ targetChannels: [], targetRegions: [] }, user);
    expect(await checklistOf(user)).toEqual(["createCompany", "addProducts?", "addImages?", "chineseNames?@company", "setTargets?"]);
    expect(await dashboardOverview(user)).toMatchObject({ pendingApplications: 0 });

    const db = await getDb();
    const [sweater] = await db
      .insert(products)
      .values({ companyId: sme.id, ref: "sweater", name: { ja: "ニットセーター" } })
      .returning();
    await db
      .update(companies)
      .set({ name: { ja: "テスト株式会社", zh: "测试株式会社" }, targetChannels: ["wholesale"] })
      .where(eq(companies.id, sme.id));
    // Channels without regions are not yet targets; the product still lacks a photo and a Chinese name.
    expect(await checklistOf(user)).toEqual(["createCompany", "addProducts", "addImages?", "chineseNames?@products", "setTargets?"]);

    await db.insert(productImages).values({ productId: sweater!.id, mime: "image/png", width: 1, height: 1, data: Buffer.from([0]) });
    await db
      .update(products)
      .set({ name: { ja: "ニットセーター", zh: "针织毛衣" } })
      .where(eq(products.id, sweater!.id));
    await db
      .update(companies)
      .set({ targetRegions: ["CN-JL"] })
      .where(eq(companies.id, sme.id));
    const dayang = await insertCompany({ kind: "distributor" });
    const offer = await offerBy(dayang.id);
    await db.insert(showroomApplications).values([
      { offerId: offer.id, smeId: sme.id },
      { offerId: offer.id, smeId: sme.id, status: "declined" },
    ]);
    expect(await dashboardOverview(user)).toMatchObject({ checklist: [], pendingApplications: 1 });
  });

  it("shows an approved company's three best matches, and none while it is under review", async () => {
    const user = await insertUser({ role: "sme" });
    const sme = await insertCompany({}, user);
    const db = await getDb();
    for (const [i, score] of [0.4, 0.9, 0.7, 0.8].entries()) {
      const dist = await insertCompany({ kind: "distributor", ref: `dist-${i}` });
      await db.insert(matches).values({ smeId: sme.id, distributorId: dist.id, score, reasons: [] });
    }
    const overview = await dashboardOverview(user);
    expect(overview.kind === "member" && overview.topMatches.map((m) => [m.other.ref, m.score])).toEqual([
      ["dist-1", 0.9],
      ["dist-3", 0.8],
      ["dist-2", 0.7],
    ]);
    await db.update(companies).set({ status: "pending" }).where(eq(companies.id, sme.id));
    expect(await dashboardOverview(user)).toMatchObject({ topMatches: [] });
  });

  it("counts the applications a distributor has to answer, only on its own offers", async () => {
    const user = await insertUser({ role: "distributor" });
    const dayang = await insertCompany({ kind: "distributor" }, user);
    const other = await insertCompany({ kind: "distributor" });
    const sme = await insertCompany();
    const db = await getDb();
    await db.insert(showroomApplications).values([
      { offerId: (await offerBy(dayang.id)).id, smeId: sme.id },
      { offerId: (await offerBy(other.id)).id, smeId: sme.id },
    ]);
    expect(await dashboardOverview(user)).toMatchObject({ pendingApplications: 1 });
    expect(await checklistOf(user)).toEqual(["createCompany", "addChannels?", "chineseNames?@company", "addNeeds?"]);

    await db.insert(salesChannels).values({ companyId: dayang.id, type: "wholesale", regions: ["CN-JL"] });
    await db.insert(sourcingNeeds).values({ companyId: dayang.id, ref: "knit", description: { zh: "针织衫" } });
    await db
      .update(companies)
      .set({ name: { zh: "延边大洋" } })
      .where(eq(companies.id, dayang.id));
    expect(await dashboardOverview(user)).toMatchObject({ checklist: [] });
  });

  it("shows a chamber admin only its own chamber's pending companies, open reports and unfinished deals", async () => {
    const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
    const tsubame = await chamberNamed("Tsubame Chamber of Commerce");
    const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
    const knit = await insertCompany({ chamberId: mitsuke.id });
    await insertCompany({ chamberId: mitsuke.id, status: "pending" });
    await insertCompany({ chamberId: mitsuke.id, status: "pending", deletedAt: new Date() });
    await insertCompany({ chamberId: tsubame.id, status: "pending" });
    const cutlery = await insertCompany({ chamberId: tsubame.id });
    const dist = await insertCompany({ kind: "distributor" });
    const db = await getDb();
    await db.insert(listingReports).values([
      { companyId: knit.id, reason: "wrong photo" },
      { companyId: knit.id, reason: "old", status: "resolved" },
      { companyId: cutlery.id, reason: "not ours" },
    ]);
    const deal = { distributorId: dist.id, source: "profile" as const, subject: "Knitwear" };
    await db.insert(inquiries).values([
      { ...deal, smeId: knit.id, chamberId: mitsuke.id, stage: "in_talks" },
      { ...deal, smeId: knit.id, chamberId: mitsuke.id, stage: "signed" },
      { ...deal, smeId: knit.id, chamberId: mitsuke.id, stage: "closed" },
      { ...deal, smeId: cutlery.id, chamberId: tsubame.id, stage: "negotiating" },
    ]);
    expect(await dashboardOverview(admin)).toEqual({ kind: "admin", pendingCompanies: 1, openReports: 1, dealsInProgress: 1, unreadMessages: 0 });

    const platform = await insertUser({ role: "platform_admin" });
    expect(await dashboardOverview(platform)).toMatchObject({ pendingCompanies: 2, openReports: 2, dealsInProgress: 2 });
  });
});
