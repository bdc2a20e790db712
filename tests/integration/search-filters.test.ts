import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { products, salesChannels, searchCards, searchItems } from "@/db/schema";
import { ensureSearchIndex, reindexAll, reindexCompany } from "@/lib/search";
import { parseSearchParams, searchPageSize } from "@/lib/search/params";
import { searchItemsFor, type SearchViewer } from "@/lib/search/query";
import { chamberNamed, insertCompany, insertSupplier } from "../support/companies";
import { withTestDatabase } from "../support/database";

withTestDatabase();

const distributor: SearchViewer = { role: "distributor" };

async function search(query: Record<string, string>, viewer: SearchViewer = distributor) {
  return searchItemsFor(viewer, parseSearchParams(query));
}
const productNames = async (query: Record<string, string>) => (await search({ type: "product", ...query })).hits.map((h) => h.name.en).sort();
const facet = (list: { value: string; count: number }[]) => Object.fromEntries(list.map((f) => [f.value, f.count]));

async function catalog() {
  const chamber = await chamberNamed("Mitsuke Chamber of Commerce");
  await insertSupplier({ region: "JP-15", languages: ["ja", "zh"], chamberId: chamber.id, targetChannels: ["department_store"] }, [
    { name: { en: "Gift sweater" }, hsCode: "6110", priceMinJpy: 4000, priceMaxJpy: 6000, moq: 100 },
    { name: { en: "Gift towel" }, hsCode: "6302", priceMinJpy: 500, priceMaxJpy: 900, moq: 1000 },
  ]);
  await insertSupplier({ region: "JP-13", languages: ["ja"], targetChannels: ["livestream"] }, [
    { name: { en: "Gift soy sauce" }, hsCode: "2103", priceMinJpy: 300, moq: 50 },
    { name: { en: "Gift cardigan" }, hsCode: "611020", priceMinJpy: 9000, priceMaxJpy: 12000 },
  ]);
  return { chamber };
}

describe("search filters and facets", () => {
  it("filters by HS chapter or heading and region together", async () => {
    await catalog();
    expect(await productNames({ q: "gift", hs: "61" })).toEqual(["Gift cardigan", "Gift sweater"]);
    expect(await productNames({ q: "gift", hs: "6302" })).toEqual(["Gift towel"]);
    expect(await productNames({ q: "gift", hs: "61", region: "JP-13" })).toEqual(["Gift cardigan"]);
  });

  it("filters by price range overlap, maximum MOQ, language, chamber and channel", async () => {
    const { chamber } = await catalog();
    expect(await productNames({ priceMin: "1000", priceMax: "5000" })).toEqual(["Gift sweater"]);
    expect(await productNames({ priceMax: "400" })).toEqual(["Gift soy sauce"]);
    expect(await productNames({ moqMax: "100" })).toEqual(["Gift cardigan", "Gift soy sauce", "Gift sweater"]);
    expect(await productNames({ lang: "zh" })).toEqual(["Gift sweater", "Gift towel"]);
    expect(await productNames({ chamber: chamber.id })).toEqual(["Gift sweater", "Gift towel"]);
    expect(await productNames({ channel: "livestream" })).toEqual(["Gift cardigan", "Gift soy sauce"]);
  });

  it("counts each facet's values under the other filters, so a chosen value keeps its siblings", async () => {
    await catalog();
    const result = await search({ q: "gift", type: "product", region: "JP-15" });
    expect(result.total).toBe(2);
    // Chapters within JP-15; regions across all regions (the region filter is this facet's own).
    expect(facet(result.facets.hs)).toEqual({ "61": 1, "63": 1 });
    expect(facet(result.facets.region)).toEqual({ "JP-15": 2, "JP-13": 2 });
    expect(facet(result.facets.type)).toEqual({ product: 2, company: 1 });
    expect(facet(result.facets.lang)).toEqual({ ja: 2, zh: 2 });
    expect(facet(result.facets.channel)).toEqual({ department_store: 2 });
  });

  it("filters distributors by their channels' types and regions", async () => {
    const db = await getDb();
    const dalian = await insertCompany({ kind: "distributor", region: "CN-LN", name: { zh: "大连百货" } });
    await db.insert(salesChannels).values({ companyId: dalian.id, type: "department_store", regions: ["CN-LN", "CN-JL"] });
    await reindexCompany(db, dalian.id);
    const other = await insertCompany({ kind: "distributor", region: "CN-GD", name: { zh: "广州电商" } });
    await db.insert(salesChannels).values({ companyId: other.id, type: "livestream", regions: ["CN-GD"] });
    await reindexCompany(db, other.id);
    const sme: SearchViewer = { role: "sme" };
    const namesOf = async (q: Record<string, string>) => (await search(q, sme)).hits.map((h) => h.companyName.zh);
    expect(await namesOf({ region: "CN-JL" })).toEqual(["大连百货"]);
    expect(await namesOf({ channel: "livestream" })).toEqual(["广州电商"]);
    expect(facet((await search({}, sme)).facets.channel)).toEqual({ department_store: 1, livestream: 1 });
  });

  it("shows an edit only after reindexCompany, in the same transaction", async () => {
    const db = await getDb();
    const company = await insertSupplier({}, [{ name: { en: "Wool scarf" } }]);
    await db
      .update(products)
      .set({ name: { en: "Silk scarf" } })
      .where(eq(products.companyId, company.id));
    expect(await productNames({ q: "silk" })).toEqual([]);
    await db.transaction((tx) => reindexCompany(tx, company.id));
    expect(await productNames({ q: "silk" })).toEqual(["Silk scarf"]);
    expect(await productNames({ q: "wool" })).toEqual([]);
  });
});

describe("search pages and sort", () => {
  it("pages through results and reports the total on every page", async () => {
    const items = Array.from({ length: searchPageSize + 5 }, (_, i) => ({ name: { en: `Towel ${i}` }, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) }));
    await insertSupplier({}, items);
    const first = await search({ q: "towel", type: "product", sort: "newest" });
    const second = await search({ q: "towel", type: "product", sort: "newest", page: "2" });
    expect([first.total, first.pageCount, first.hits.length]).toEqual([25, 2, 20]);
    expect([second.total, second.hits.length]).toEqual([25, 5]);
    expect(first.hits[0]!.name.en).toBe("Towel 24");
    expect(second.hits.at(-1)!.name.en).toBe("Towel 0");
    const names = new Set([...first.hits, ...second.hits].map((h) => h.name.en));
    expect(names.size).toBe(25);
    const beyond = await search({ q: "towel", type: "product", page: "3" });
    expect([beyond.total, beyond.hits.length]).toEqual([25, 0]);
  });

  it("sorts by relevance by default and by date when asked", async () => {
    await insertSupplier({}, [
      { name: { en: "Cotton towel set" }, keywords: ["towel"], createdAt: new Date("2026-01-01") },
      { name: { en: "Bath mat" }, description: { en: "Goes with a towel" }, createdAt: new Date("2026-03-01") },
    ]);
    expect((await search({ q: "towel", type: "product" })).hits.map((h) => h.name.en)).toEqual(["Cotton towel set", "Bath mat"]);
    expect((await search({ q: "towel", type: "product", sort: "newest" })).hits.map((h) => h.name.en)).toEqual(["Bath mat", "Cotton towel set"]);
  });
});

describe("search index upkeep", () => {
  it("keeps one card per search row through an edit and a full rebuild", async () => {
    const db = await getDb();
    const company = await insertSupplier({}, [{ name: { en: "Wool scarf" } }, { name: { en: "Wool hat" } }]);
    const cardsAndRows = async () => {
      const cards = await db.select({ id: searchCards.id, name: searchCards.name }).from(searchCards);
      const rows = await db.select({ id: searchItems.id }).from(searchItems);
      return {
        cards: cards.map((c) => c.name.en).sort(),
        same:
          cards
            .map((c) => c.id)
            .sort()
            .join() ===
          rows
            .map((r) => r.id)
            .sort()
            .join(),
      };
    };
    await db.delete(products).where(eq(products.ref, "p1"));
    await reindexCompany(db, company.id);
    expect(await cardsAndRows()).toEqual({ cards: ["Test Co.", "Wool scarf"], same: true });
    await reindexAll();
    expect(await cardsAndRows()).toEqual({ cards: ["Test Co.", "Wool scarf"], same: true });
  });

  it("builds an empty index once companies exist, and leaves a built one alone", async () => {
    const db = await getDb();
    expect(await ensureSearchIndex()).toBe(false);
    const company = await insertCompany({ kind: "sme" });
    await db.insert(products).values({ companyId: company.id, ref: "p1", name: { en: "Linen napkin" } });
    expect(await productNames({ q: "napkin" })).toEqual([]);
    expect(await ensureSearchIndex()).toBe(true);
    expect(await productNames({ q: "napkin" })).toEqual(["Linen napkin"]);
    expect(await ensureSearchIndex()).toBe(false);
  });
});
