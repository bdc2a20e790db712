import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companyBlocks, products, searchWords } from "@/db/schema";
import { reindexCompany } from "@/lib/search";
import { cachedSearch, catalogVersion, searchCacheEntries } from "@/lib/search/cache";
import { parseSearchParams } from "@/lib/search/params";
import { searchItemsFor, type SearchViewer } from "@/lib/search/query";
import { insertCompany, insertSupplier } from "../support/companies";
import { withTestDatabase } from "../support/database";

withTestDatabase();

const names = async (viewer: SearchViewer, q: string) =>
  (await searchItemsFor(viewer, parseSearchParams({ q, type: "product" }))).hits.map((h) => h.name.en).sort();

describe("search result cache", () => {
  it("shows a product edit in the next search of the same query", async () => {
    const viewer: SearchViewer = { role: "distributor" };
    const supplier = await insertSupplier({}, [{ name: { en: "Copper kettle" } }]);
    expect(await names(viewer, "kettle")).toEqual(["Copper kettle"]);
    expect(await names(viewer, "kettle")).toEqual(["Copper kettle"]);

    const db = await getDb();
    await db.transaction(async (tx) => {
      await tx
        .update(products)
        .set({ name: { en: "Iron kettle" } })
        .where(eq(products.companyId, supplier.id));
      await reindexCompany(tx, supplier.id);
    });
    expect(await names(viewer, "kettle")).toEqual(["Iron kettle"]);
    expect((await searchItemsFor(viewer, parseSearchParams({ q: "copper" }))).total).toBe(0);
  });

  it("hides a company from the next search once the searcher's company blocks it", async () => {
    const buyer = await insertCompany({ kind: "distributor" });
    const supplier = await insertSupplier({}, [{ name: { en: "Lacquer tray" } }]);
    const viewer: SearchViewer = { role: "distributor", companyId: buyer.id };
    expect(await names(viewer, "tray")).toEqual(["Lacquer tray"]);
    const db = await getDb();
    await db.insert(companyBlocks).values({ blockerId: buyer.id, blockedId: supplier.id });
    expect(await names(viewer, "tray")).toEqual([]);
    // Another distributor still finds it: the block is the searcher's company's own.
    expect(await names({ role: "distributor", companyId: (await insertCompany({ kind: "distributor" })).id }, "tray")).toEqual(["Lacquer tray"]);
  });

  it("moves the catalog version when a writing transaction commits, not before, and never back to an earlier value", async () => {
    const db = await getDb();
    const before = await catalogVersion(db);
    let inside: string | null = null;
    await db.transaction(async (tx) => {
      await tx.insert(searchWords).values({ word: "kettle" });
      inside = await catalogVersion(tx);
    });
    const after = await catalogVersion(db);
    expect(inside).toBe(before);
    expect(after).not.toBe(before);
    await db.execute(sql`truncate search_words, search_catalog_version restart identity cascade`);
    const truncated = await catalogVersion(db);
    expect(truncated).not.toBeNull();
    expect([before, after]).not.toContain(truncated);
  });

  it("reuses a result while nothing changes, and never keeps one computed while a write committed", async () => {
    const db = await getDb();
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cachedSearch(db, "a", compute)).toBe(1);
    expect(await cachedSearch(db, "a", compute)).toBe(1);

    // A write commits while the result is being computed: it is returned but not kept.
    const racing = async () => {
      await db.insert(searchWords).values({ word: `w${computed}` });
      return ++computed;
    };
    expect(await cachedSearch(db, "b", racing)).toBe(2);
    expect(await cachedSearch(db, "b", compute)).toBe(3);
    expect(await cachedSearch(db, "b", compute)).toBe(3);
    // The write also dropped what was kept before it.
    expect(await cachedSearch(db, "a", compute)).toBe(4);
  });

  it("keeps at most its bound of results, dropping the least recently used", async () => {
    const db = await getDb();
    let computed = 0;
    const compute = async () => ++computed;
    await cachedSearch(db, "first", compute);
    for (let i = 0; i < searchCacheEntries; i++) await cachedSearch(db, `key ${i}`, compute);
    expect(computed).toBe(searchCacheEntries + 1);
    expect(await cachedSearch(db, `key ${searchCacheEntries - 1}`, compute)).toBe(searchCacheEntries + 1);
    expect(await cachedSearch(db, "first", compute)).toBe(searchCacheEntries + 2);
  });
});
