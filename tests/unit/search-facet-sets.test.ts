import { describe, expect, it } from "vitest";
import { facetSet } from "@/lib/search/facet-sets";

describe("facet sets", () => {
  it("names the same values with the same id whatever their order or repeats", () => {
    expect(facetSet(["JP-15", "CN-LN", "JP-15"])).toEqual(facetSet(["CN-LN", "JP-15"]));
    expect(facetSet(["CN-LN", "JP-15"]).values).toEqual(["CN-LN", "JP-15"]);
  });

  it("gives different values different ids, each a whole number PostgreSQL and JavaScript both hold exactly", () => {
    const ids = [[], ["ja"], ["zh"], ["ja", "zh"], ["61"], ["6"]].map((v) => facetSet(v).id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Number.isSafeInteger(id) && id >= 0).toBe(true);
  });
});
