import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companies, companyBlocks, searchWords, sourcingNeeds } from "@/db/schema";
import { reindexAll, reindexCompany } from "@/lib/search";
import { parseSearchParams } from "@/lib/search/params";
import { searchItemsFor, type SearchViewer } from "@/lib/search/query";
import { insertCompany, insertSupplier } from "../support/companies";
import { withTestDatabase } from "../support/database";

withTestDatabase();

async function names(viewer: SearchViewer, query: Record<string, string>) {
  const result = await searchItemsFor(viewer, parseSearchParams(query));
  return result.hits.map((h) => h.name.ja ?? h.name.zh ?? h.name.en);
}

const distributor: SearchViewer = { role: "distributor" };

describe("search across languages", () => {
  it("finds a Japanese-only product written 針織 with the Chinese query 针织", async () => {
    await insertSupplier({}, [{ name: { ja: "針織りのマフラー" } }, { name: { ja: "醤油" }, hsCode: "2103" }]);
    expect(await names(distributor, { q: "针织", type: "product" })).toEqual(["針織りのマフラー"]);
  });

  it("finds ニットセーター by 针织衫 through the names of its HS heading 6110", async () => {
    await insertSupplier({}, [
      { name: { ja: "ニットセーター" }, hsCode: "6110" },
      { name: { ja: "醤油" }, hsCode: "2103" },
    ]);
    expect(await names(distributor, { q: "针织衫", type: "product" })).toEqual(["ニットセーター"]);
  });

  it("finds a product through its inferred HS code when the sender gave none", async () => {
    await insertSupplier({}, [{ name: { ja: "ミトン" }, inferredHsCode: "6116" }]);
    const result = await searchItemsFor(distributor, parseSearchParams({ q: "gloves", type: "product" }));
    expect(result.hits.map((h) => [h.name.ja, h.hsCode, h.hsInferred])).toEqual([["ミトン", "6116", true]]);
  });

  it("finds katakana and English words inside longer names, and an HS code typed as the query", async () => {
    await insertSupplier({}, [{ name: { ja: "ニットセーター", en: "Merino knitted sweater" }, hsCode: "611011" }]);
    expect(await names(distributor, { q: "ニット" })).toContain("ニットセーター");
    const strict = await searchItemsFor(distributor, parseSearchParams({ q: "ニット", type: "product" }));
    expect([strict.relaxed, strict.hits.map((h) => h.name.ja)]).toEqual([false, ["ニットセーター"]]);
    expect(await names(distributor, { q: "knit", type: "product" })).toEqual(["ニットセーター"]);
    expect(await names(distributor, { q: "6110", type: "product" })).toEqual(["ニットセーター"]);
  });

  it("finds a katakana word at the start or the end of a longer one without falling back, ranking the exact name first", async () => {
    await insertSupplier({}, [
      { name: { ja: "ウールセーター" }, createdAt: new Date("2026-01-01") },
      { name: { ja: "ニットセーター" }, createdAt: new Date("2026-01-02") },
      { name: { ja: "セーター" }, createdAt: new Date("2026-01-03") },
      { name: { ja: "ニットキャップ" }, createdAt: new Date("2026-01-04") },
      { name: { ja: "タオル" }, createdAt: new Date("2026-01-05") },
    ]);
    const sweater = await searchItemsFor(distributor, parseSearchParams({ q: "セーター", type: "product" }));
    expect(sweater.relaxed).toBe(false);
    expect(sweater.hits.map((h) => h.name.ja)[0]).toBe("セーター");
    expect(sweater.hits.map((h) => h.name.ja).sort()).toEqual(["ウールセーター", "セーター", "ニットセーター"]);
    const knit = await searchItemsFor(distributor, parseSearchParams({ q: "ニット", type: "product" }));
    expect([knit.relaxed, knit.hits.map((h) => h.name.ja).sort()]).toEqual([false, ["ニットキャップ", "ニットセーター"]]);
    const both = await searchItemsFor(distributor, parseSearchParams({ q: "ニット セーター", type: "product" }));
    expect([both.relaxed, both.hits.map((h) => h.name.ja)]).toEqual([false, ["ニットセーター"]]);
  });

  it("needs every word of the query, and falls back to close matches when nothing has them all", async () => {
    await insertSupplier({}, [{ name: { en: "Cotton towel" } }, { name: { en: "Cotton shirt" } }, { name: { en: "Linen towel" } }]);
    const strict = await searchItemsFor(distributor, parseSearchParams({ q: "cotton towel", type: "product" }));
    expect([strict.relaxed, strict.hits.map((h) => h.name.en)]).toEqual([false, ["Cotton towel"]]);
    const typo = await searchItemsFor(distributor, parseSearchParams({ q: "towell", type: "product" }));
    expect(typo.relaxed).toBe(true);
    expect(typo.hits.map((h) => h.name.en).sort()).toEqual(["Cotton towel", "Linen towel"]);
  });

  it("falls back to items holding any of the words or a close spelling of one", async () => {
    await insertSupplier({}, [{ name: { en: "Cotton towel" } }, { name: { en: "Silk scarf" } }, { name: { en: "Linen shirt" } }]);
    const result = await searchItemsFor(distributor, parseSearchParams({ q: "silk towell", type: "product" }));
    expect(result.relaxed).toBe(true);
    expect(result.hits.map((h) => h.name.en).sort()).toEqual(["Cotton towel", "Silk scarf"]);
  });

  it("ranks close matches by the query words in their names, then by how close their text is to the query", async () => {
    await insertSupplier({}, [
      { name: { en: "Linen towel" }, createdAt: new Date("2026-03-01") },
      { name: { en: "Cotton shirt" }, createdAt: new Date("2026-02-01") },
      { name: { en: "Cotton towel" }, createdAt: new Date("2026-01-01") },
    ]);
    const result = await searchItemsFor(distributor, parseSearchParams({ q: "cotton towell", type: "product" }));
    expect([result.relaxed, result.hits.map((h) => h.name.en)]).toEqual([true, ["Cotton towel", "Cotton shirt", "Linen towel"]]);
  });

  it("keeps each Latin word of the indexed texts once as a close-match candidate, without prefixes or CJK tokens", async () => {
    await insertSupplier({ name: { en: "Towel works" } }, [{ name: { en: "Cotton towels", ja: "綿タオル" } }]);
    const words = (await (await getDb()).select().from(searchWords)).map((w) => w.word).sort();
    expect(words).toEqual(["cotton", "towel", "work"]);
  });

  it("reports a one-word query that the filters leave empty as relaxed, and still counts its matches by region", async () => {
    await insertSupplier({ region: "JP-13" }, [{ name: { zh: "纯棉毛巾" } }, { name: { zh: "毛巾礼盒" } }]);
    await insertSupplier({ region: "JP-15" }, [{ name: { zh: "竹制毛巾架" } }]);
    const result = await searchItemsFor(distributor, parseSearchParams({ q: "毛巾", type: "product", region: "JP-01" }));
    expect([result.relaxed, result.total, result.hits]).toEqual([true, 0, []]);
    expect(Object.fromEntries(result.facets.region.map((f) => [f.value, f.count]))).toEqual({ "JP-13": 2, "JP-15": 1 });
  });

  it("finds a longer English word by its beginning without any HS code", async () => {
    await insertSupplier({}, [{ name: { en: "Handknitted mittens" } }, { name: { en: "Knitted scarf" } }]);
    expect(await names(distributor, { q: "knit", type: "product" })).toEqual(["Knitted scarf"]);
  });

  it("ranks a product named by the query above one found only through its HS heading", async () => {
    await insertSupplier({}, [
      { name: { ja: "ジャージー" }, hsCode: "6110" },
      { name: { zh: "针织开衫" }, hsCode: "6110" },
    ]);
    expect(await names(distributor, { q: "针织", type: "product" })).toEqual(["针织开衫", "ジャージー"]);
  });
});

describe("search visibility", () => {
  it("never shows pending, suspended or deleted companies nor unpublished products", async () => {
    await insertSupplier({ name: { ja: "承認済み" } }, [{ name: { ja: "タオル 承認" } }, { name: { ja: "タオル 非公開" }, published: false }]);
    await insertSupplier({ name: { ja: "審査中" }, status: "pending" }, [{ name: { ja: "タオル 審査中" } }]);
    await insertSupplier({ name: { ja: "停止中" }, status: "suspended" }, [{ name: { ja: "タオル 停止" } }]);
    await insertSupplier({ name: { ja: "削除済み" }, deletedAt: new Date() }, [{ name: { ja: "タオル 削除" } }]);
    expect(await names(distributor, { q: "タオル", type: "product" })).toEqual(["タオル 承認"]);
    expect((await names(distributor, { q: "タオル" })).sort()).toEqual(["タオル 承認", "承認済み"]);
    expect((await names({ role: "platform_admin" }, { q: "タオル" })).sort()).toEqual(["タオル 承認", "承認済み"]);
  });

  it("drops a company from results once it is suspended and reindexed", async () => {
    const db = await getDb();
    const company = await insertSupplier({}, [{ name: { ja: "タオル" } }]);
    expect(await names(distributor, { q: "タオル", type: "product" })).toEqual(["タオル"]);
    await db.transaction(async (tx) => {
      await tx.update(companies).set({ status: "suspended" }).where(eq(companies.id, company.id));
      await reindexCompany(tx, company.id);
    });
    expect(await names(distributor, { q: "タオル" })).toEqual([]);
  });

  it("hides companies the viewer blocked and companies that blocked the viewer", async () => {
    const db = await getDb();
    const viewerCompany = await insertCompany({ kind: "distributor" });
    const blocked = await insertSupplier({}, [{ name: { ja: "タオル A" } }]);
    const blocker = await insertSupplier({}, [{ name: { ja: "タオル B" } }]);
    await insertSupplier({}, [{ name: { ja: "タオル C" } }]);
    await db.insert(companyBlocks).values([
      { blockerId: viewerCompany.id, blockedId: blocked.id },
      { blockerId: blocker.id, blockedId: viewerCompany.id },
    ]);
    expect(await names({ role: "distributor", companyId: viewerCompany.id }, { q: "タオル", type: "product" })).toEqual(["タオル C"]);
    expect((await names(distributor, { q: "タオル", type: "product" })).sort()).toEqual(["タオル A", "タオル B", "タオル C"]);
  });

  it("shows SMEs distributors and their needs, never other SMEs or their products", async () => {
    const db = await getDb();
    const own = await insertSupplier({ name: { zh: "自社毛巾" } }, [{ name: { zh: "毛巾 自社" } }]);
    await insertSupplier({ name: { zh: "他社毛巾" } }, [{ name: { zh: "毛巾 他社" } }]);
    const buyer = await insertCompany({ kind: "distributor", name: { zh: "毛巾进口商" } });
    await db.insert(sourcingNeeds).values({ companyId: buyer.id, ref: "n1", description: { zh: "寻找日本纯棉毛巾" }, hsCode: "6302" });
    await reindexCompany(db, buyer.id);
    const result = await searchItemsFor({ role: "sme", companyId: own.id }, parseSearchParams({ q: "毛巾" }));
    expect(result.hits.map((h) => [h.kind, h.name.zh])).toEqual(
      expect.arrayContaining([
        ["company", "毛巾进口商"],
        ["need", "寻找日本纯棉毛巾"],
      ]),
    );
    expect(result.hits.every((h) => h.companyKind === "distributor")).toBe(true);
    expect(result.total).toBe(2);
  });

  it("shows distributors suppliers and products but never other distributors or their needs", async () => {
    const db = await getDb();
    const buyer = await insertCompany({ kind: "distributor", name: { zh: "毛巾进口商" } });
    await db.insert(sourcingNeeds).values({ companyId: buyer.id, ref: "n1", description: { zh: "寻找毛巾" } });
    await insertSupplier({ name: { zh: "毛巾工厂" } }, [{ name: { zh: "毛巾" } }]);
    await reindexAll();
    const result = await searchItemsFor(distributor, parseSearchParams({ q: "毛巾" }));
    expect(result.hits.map((h) => [h.kind, h.companyKind]).sort()).toEqual([
      ["company", "sme"],
      ["product", "sme"],
    ]);
  });
});
