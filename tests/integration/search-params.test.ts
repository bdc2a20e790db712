import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref } from "@/lib/search/params";

describe("search URL parameters", () => {
  it("keeps valid filters and drops a bad one instead of failing the page", () => {
    const params = parseSearchParams({
      q: "  针织 ",
      hs: "6110",
      region: "JP-15",
      channel: "teleport",
      priceMax: "-5",
      moqMax: "100",
      page: "x",
      sort: "oldest",
    });
    expect(params).toEqual({ q: "针织", hs: "6110", region: "JP-15", moqMax: 100, sort: "relevance", page: 1 });
  });

  it("reads the first of a repeated parameter and ignores empty ones from the form", () => {
    expect(parseSearchParams({ q: ["towel", "mat"], priceMin: "", lang: "zh" })).toEqual({ q: "towel", lang: "zh", sort: "relevance", page: 1 });
  });

  it("builds linkable URLs: a changed filter goes back to page 1, defaults are left out", () => {
    const params = parseSearchParams({ q: "towel", region: "JP-15", page: "3", sort: "newest" });
    expect(searchHref(params, { hs: "63" })).toBe("/search?q=towel&region=JP-15&sort=newest&hs=63");
    expect(searchHref(params, { region: undefined })).toBe("/search?q=towel&sort=newest");
    expect(searchHref(params, { page: 4 })).toBe("/search?q=towel&region=JP-15&sort=newest&page=4");
    expect(searchHref(parseSearchParams({}))).toBe("/search");
  });
});
