import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companies, companyMembers, matchQueue, salesChannels, sourcingNeeds, type CompanyKind } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { pageForm } from "../support/forms";
import { withTestDatabase } from "../support/database";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const channels = await import("@/app/[locale]/company/channels/actions");
const needs = await import("@/app/[locale]/company/needs/actions");
const { saveTargetsAction } = await import("@/app/[locale]/company/targets/actions");

withTestDatabase();

async function member(kind: CompanyKind) {
  const db = await getDb();
  const user = await insertUser({ role: kind });
  const [company] = await db
    .insert(companies)
    .values({
      ref: `C-${crypto.randomUUID().slice(0, 8)}`,
      kind,
      name: { zh: "延边大洋商贸" },
      country: kind === "sme" ? "JP" : "CN",
      region: kind === "sme" ? "JP-15" : "CN-JL",
      status: "approved",
    })
    .returning();
  await db.insert(companyMembers).values({ companyId: company!.id, userId: user.id, role: "owner" });
  authMock.auth.mockResolvedValue({ user: { id: user.id, role: kind }, expires: "2099-01-01" });
  return company!;
}

const channel = { type: "livestream", regions: ["CN-JL", "CN-LN"], outlets: "12", descriptionZh: "抖音直播，每周三场。" };
const need = {
  descriptionZh: "寻找日本产美利奴羊毛针织衫，秋冬款。",
  hsCode: "",
  priceMinJpy: "3000",
  priceMaxJpy: "6000",
  volume: "每季度2000件",
};

async function companyRow(id: string) {
  const [row] = await (await getDb()).select().from(companies).where(eq(companies.id, id));
  return row!;
}

describe("distributor sales channels and needs", () => {
  it("saves a channel with its regions, and 'all of China' overrides provinces", async () => {
    const company = await member("distributor");
    expect(await channels.createChannelAction(undefined, pageForm("zh", channel))).toMatchObject({ ok: true, message: "销售渠道已保存。" });
    const [row] = await (await getDb()).select().from(salesChannels);
    expect(row).toMatchObject({
      companyId: company.id,
      type: "livestream",
      regions: ["CN-JL", "CN-LN"],
      outlets: 12,
      description: { zh: channel.descriptionZh },
    });
    await channels.updateChannelAction(undefined, pageForm("zh", { ...channel, channelId: row!.id, regions: ["CN", "CN-JL"] }));
    expect((await (await getDb()).select().from(salesChannels))[0]!.regions).toEqual(["CN"]);
    expect(await (await getDb()).select().from(matchQueue)).toHaveLength(1);
  });

  it("refuses a channel without regions or with an unknown type, and writes nothing", async () => {
    await member("distributor");
    const state = await channels.createChannelAction(undefined, pageForm("zh", { ...channel, type: "smuggling", regions: [] }));
    expect(state.fieldErrors?.regions).toEqual(["请至少选择一个地区。"]);
    expect(state.fieldErrors?.type).toBeDefined();
    expect(await (await getDb()).select().from(salesChannels)).toEqual([]);
  });

  it("saves HS categories typed or picked and the minimum first order, refusing codes that do not exist", async () => {
    const company = await member("distributor");
    const bad = await channels.saveDistributorProfileAction(undefined, pageForm("en", { hsCodes: "61, 9999", minOrderJpy: "500000" }));
    expect(bad.fieldErrors?.hsCodes?.[0]).toContain("9999");
    expect((await companyRow(company.id)).hsCodes).toEqual([]);
    const ok = await channels.saveDistributorProfileAction(undefined, pageForm("en", { hsCodes: "61、6110, 22", minOrderJpy: "500,000" }));
    expect(ok.ok).toBe(true);
    expect(await companyRow(company.id)).toMatchObject({ hsCodes: ["61", "6110", "22"], minOrderJpy: 500000 });
    await channels.saveDistributorProfileAction(undefined, pageForm("en", { hsCodes: "61, 22", hsCodesAdd: "330499", minOrderJpy: "" }));
    expect(await companyRow(company.id)).toMatchObject({ hsCodes: ["61", "22", "3304"], minOrderJpy: null });
  });

  it("stores a sourcing need's inferred HS code as inferred, and edits and deletes it", async () => {
    const company = await member("distributor");
    await needs.createNeedAction(undefined, pageForm("zh", need));
    const [row] = await (await getDb()).select().from(sourcingNeeds);
    expect(row).toMatchObject({ companyId: company.id, hsCode: null, priceMinJpy: 3000, priceMaxJpy: 6000, volume: "每季度2000件" });
    expect(row!.inferredHsCode).toMatch(/^6110/);
    expect(row!.ref).toMatch(/^N-/);
    await needs.updateNeedAction(undefined, pageForm("zh", { ...need, needId: row!.id, hsCode: "6110.20" }));
    expect((await (await getDb()).select().from(sourcingNeeds))[0]).toMatchObject({ hsCode: "611020", inferredHsCode: null });
    await needs.deleteNeedAction(undefined, pageForm("en", { needId: row!.id }));
    expect(await (await getDb()).select().from(sourcingNeeds)).toEqual([]);
  });

  it("refuses a need without a description and with a reversed price range", async () => {
    await member("distributor");
    const state = await needs.createNeedAction(undefined, pageForm("en", { ...need, descriptionZh: "", priceMinJpy: "7000" }));
    expect(state.fieldErrors).toMatchObject({
      descriptionJa: ["Describe what you are looking for in at least one language."],
      priceMaxJpy: ["The minimum price must not be higher than the maximum price."],
    });
    expect(await (await getDb()).select().from(sourcingNeeds)).toEqual([]);
  });

  it("finds nothing when another distributor forges channel and need ids", async () => {
    await member("distributor");
    await channels.createChannelAction(undefined, pageForm("zh", channel));
    await needs.createNeedAction(undefined, pageForm("zh", need));
    const db = await getDb();
    const [ch] = await db.select().from(salesChannels);
    const [nd] = await db.select().from(sourcingNeeds);
    await member("distributor");
    const results = [
      await channels.updateChannelAction(undefined, pageForm("en", { ...channel, channelId: ch!.id, outlets: "999" })),
      await channels.deleteChannelAction(undefined, pageForm("en", { channelId: ch!.id })),
      await needs.updateNeedAction(undefined, pageForm("en", { ...need, needId: nd!.id, volume: "hijacked" })),
      await needs.deleteNeedAction(undefined, pageForm("en", { needId: nd!.id })),
    ];
    expect(results.map((r) => r.message)).toEqual([
      "This sales channel was not found.",
      "This sales channel was not found.",
      "This sourcing need was not found.",
      "This sourcing need was not found.",
    ]);
    expect(await db.select().from(salesChannels)).toEqual([ch]);
    expect(await db.select().from(sourcingNeeds)).toEqual([nd]);
  });

  it("refuses channel and need actions to an SME", async () => {
    await member("sme");
    expect((await channels.createChannelAction(undefined, pageForm("en", { ...channel }))).message).toBe("You are not allowed to do this.");
    expect((await needs.createNeedAction(undefined, pageForm("en", { ...need }))).message).toBe("You are not allowed to do this.");
  });
});

describe("SME targets", () => {
  it("saves target channels and regions on the SME's own company", async () => {
    const company = await member("sme");
    const state = await saveTargetsAction(
      undefined,
      pageForm("ja", { targetChannels: ["livestream", "cross_border_ecommerce"], targetRegions: ["CN-SH", "CN-JL"] }),
    );
    expect(state).toMatchObject({ ok: true, message: "販売先の条件を保存しました。" });
    expect(await companyRow(company.id)).toMatchObject({ targetChannels: ["livestream", "cross_border_ecommerce"], targetRegions: ["CN-JL", "CN-SH"] });
    await saveTargetsAction(undefined, pageForm("ja", { targetRegions: "CN" }));
    expect(await companyRow(company.id)).toMatchObject({ targetChannels: [], targetRegions: ["CN"] });
  });

  it("refuses an unknown region and a distributor", async () => {
    const company = await member("sme");
    expect((await saveTargetsAction(undefined, pageForm("en", { targetRegions: "JP-15" }))).ok).toBe(false);
    expect((await companyRow(company.id)).targetRegions).toEqual([]);
    await member("distributor");
    expect((await saveTargetsAction(undefined, pageForm("en", { targetRegions: "CN" }))).message).toBe("You are not allowed to do this.");
  });
});
