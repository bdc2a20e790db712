import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { searchFacetSets, searchItems } from "@/db/schema";
import { parseSearchParams } from "@/lib/search/params";
import { searchItemsFor } from "@/lib/search/query";
import { chamberNamed, insertSupplier } from "../support/companies";
import { withTestDatabase } from "../support/database";

withTestDatabase();

const search = (query: Record<string, string>) => searchItemsFor({ role: "distributor" }, parseSearchParams(query));
const facet = (list: { value: string; count: number }[]) => Object.fromEntries(list.map((f) => [f.value, f.count]));

describe("disjunctive facet counts", () => {
  it("counts each of three chosen filters' facets under the other two, and the others under all three", async () => {
    await insertSupplier({ region: "JP-15", languages: ["ja", "zh"], targetChannels: ["department_store"] }, [
      { name: { en: "Gift sweater" }, hsCode: "6110" },
      { name: { en: "Gift towel" }, hsCode: "6302" },
    ]);
    await insertSupplier({ region: "JP-15", languages: ["ja"], targetChannels: ["wholesale"] }, [{ name: { en: "Gift scarf" }, hsCode: "6117" }]);
    await insertSupplier({ region: "JP-13", languages: ["ja", "zh"], targetChannels: ["livestream"] }, [{ name: { en: "Gift mittens" }, hsCode: "6116" }]);
    // Fails the region and language filters both: counted nowhere.
    await insertSupplier({ region: "JP-13", languages: ["ja"], targetChannels: ["horeca"] }, [{ name: { en: "Gift cardigan" }, hsCode: "6110" }]);

    const result = await search({ q: "gift", type: "product", hs: "61", region: "JP-15", lang: "zh" });
    expect([result.total, result.hits.map((h) => h.name.en)]).toEqual([1, ["Gift sweater"]]);
    expect(facet(result.facets.hs)).toEqual({ "61": 1, "63": 1 });
    expect(facet(result.facets.region)).toEqual({ "JP-15": 1, "JP-13": 1 });
    expect(facet(result.facets.lang)).toEqual({ ja: 2, zh: 1 });
    // The first supplier itself passes every filter but the type.
    expect(facet(result.facets.type)).toEqual({ product: 1, company: 1 });
    expect(facet(result.facets.channel)).toEqual({ department_store: 1 });
  });

  it("leaves items without a chamber out of the other facets when a chamber is chosen", async () => {
    const chamber = await chamberNamed("Tsubame Chamber of Commerce");
    await insertSupplier({ region: "JP-15", chamberId: chamber.id }, [{ name: { en: "Steel spoon" } }, { name: { en: "Steel fork" } }]);
    await insertSupplier({ region: "JP-13" }, [{ name: { en: "Steel knife" } }]);

    const result = await search({ q: "steel", type: "product", chamber: chamber.id });
    expect(result.total).toBe(2);
    expect(facet(result.facets.region)).toEqual({ "JP-15": 2 });
    expect(facet(result.facets.chamber)).toEqual({ [chamber.id]: 2 });
  });

  it("lists a facet's values by count, most first", async () => {
    await insertSupplier({ region: "JP-13" }, [{ name: { en: "Tea cup" } }]);
    await insertSupplier({ region: "JP-15" }, [{ name: { en: "Tea pot" } }, { name: { en: "Tea tray" } }, { name: { en: "Tea caddy" } }]);
    await insertSupplier({ region: "JP-26" }, [{ name: { en: "Tea whisk" } }, { name: { en: "Tea bowl" } }]);

    const result = await search({ q: "tea", type: "product" });
    expect(result.facets.region).toEqual([
      { value: "JP-15", count: 3 },
      { value: "JP-26", count: 2 },
      { value: "JP-13", count: 1 },
    ]);
  });
});

describe("facet sets", () => {
  it("stores each distinct set of values once, shared by every row that carries it", async () => {
    await insertSupplier({ region: "JP-15", languages: ["ja", "zh"] }, [{ name: { en: "Linen apron" } }]);
    await insertSupplier({ region: "JP-15", languages: ["zh", "ja"] }, [{ name: { en: "Linen cap" } }]);
    const db = await getDb();
    const rows = await db.select({ regionsSet: searchItems.regionsSet, languagesSet: searchItems.languagesSet }).from(searchItems);
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.regionsSet)).size).toBe(1);
    expect(new Set(rows.map((r) => r.languagesSet)).size).toBe(1);
    const sets = await db
      .select()
      .from(searchFacetSets)
      .where(inArray(searchFacetSets.id, [rows[0]!.regionsSet, rows[0]!.languagesSet]));
    expect(sets.map((s) => s.values).sort()).toEqual([["JP-15"], ["ja", "zh"]]);
  });
});
