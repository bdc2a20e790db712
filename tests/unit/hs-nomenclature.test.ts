import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/routing";
import { hsChapters, hsEntry, hsHeadings, hsLabel, hsName, hsParents, isValidHsCode, searchHs } from "@/lib/hs/nomenclature";

const HAN_RE = /\p{Script=Han}/u;
const CHAPTERS_WITH_HEADINGS = [
  "03",
  "04",
  "09",
  "16",
  "19",
  "20",
  "21",
  "22",
  "30",
  "33",
  "34",
  "39",
  "42",
  "44",
  "48",
  "61",
  "62",
  "63",
  "64",
  "69",
  "70",
  "71",
  "73",
  "82",
  "83",
  "84",
  "85",
  "87",
  "90",
  "94",
  "95",
  "96",
];

describe("HS nomenclature data", () => {
  it("ships the 97 chapters 01 to 97, each named in ja, zh and en", () => {
    expect(hsChapters).toHaveLength(97);
    expect(hsChapters.map((c) => c.code)).toEqual(Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, "0")));
    for (const chapter of hsChapters) for (const locale of locales) expect(chapter.name[locale].trim(), `${chapter.code} ${locale}`).not.toBe("");
  });

  it.each(CHAPTERS_WITH_HEADINGS)("lists headings of chapter %s", (chapter) => {
    const headings = hsHeadings.filter((h) => h.code.startsWith(chapter));
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) {
      expect(h.code).toMatch(/^\d{4}$/);
      for (const locale of locales) expect(h.name[locale].trim(), `${h.code} ${locale}`).not.toBe("");
    }
  });

  it("writes every Chinese name in Han characters", () => {
    const missing = [...hsChapters, ...hsHeadings].filter((e) => !HAN_RE.test(e.name.zh)).map((e) => e.code);
    expect(missing).toEqual([]);
  });

  it("has no code twice and every heading under a shipped chapter", () => {
    const codes = [...hsChapters, ...hsHeadings].map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    const chapters = new Set(hsChapters.map((c) => c.code));
    expect(hsHeadings.filter((h) => !chapters.has(h.code.slice(0, 2))).map((h) => h.code)).toEqual([]);
  });
});

describe("HS code lookups", () => {
  it("accepts 2, 4 or 6 digits only", () => {
    for (const ok of ["61", "6110", "611020"]) expect(isValidHsCode(ok)).toBe(true);
    for (const bad of ["6", "611", "61102", "6110200", "61a0", "", " 6110"]) expect(isValidHsCode(bad)).toBe(false);
  });

  it("lists a code's chapter, heading and subheading, broadest first", () => {
    expect(hsParents("611020")).toEqual(["61", "6110", "611020"]);
    expect(hsParents("6110")).toEqual(["61", "6110"]);
    expect(hsParents("x")).toEqual([]);
  });

  it("names a 6-digit subheading by its heading", () => {
    expect(hsName("611020", "en")).toBe(hsName("6110", "en"));
    expect(hsName("611020", "ja")).toBe(hsName("6110", "ja"));
    expect(hsName("6110", "en")).toMatch(/pullovers/i);
    expect(hsEntry("611020")?.code).toBe("6110");
  });

  it("names a heading the data lacks by its chapter, and an invalid code not at all", () => {
    const chapterOnly = hsChapters.find((c) => !hsHeadings.some((h) => h.code.startsWith(c.code)))!;
    expect(hsName(`${chapterOnly.code}01`, "zh")).toBe(chapterOnly.name.zh);
    expect(hsName("abc", "en")).toBeUndefined();
  });

  it("labels a code with its name in the reader's language, or shows the bare code", () => {
    expect(hsLabel("6110", "zh")).toBe(`6110 — ${hsName("6110", "zh")}`);
    expect(hsLabel("1234567", "en")).toBe("1234567");
  });
});

describe("searchHs", () => {
  const codes = (query: string, locale: (typeof locales)[number] = "en") => searchHs(query, locale).map((r) => r.code);

  it.each(["针织", "ニット", "knit", "針織"])("finds knitwear (6110) by %s", (query) => {
    expect(codes(query)).toContain("6110");
  });

  it("puts the exact keyword first over letters met inside another word", () => {
    // ユニット (unit) in heading 8457 contains ニット; the knitwear heading still comes first.
    expect(codes("ニット")[0]).toBe("6110");
    expect(codes("包丁")[0]).toBe("8211");
  });

  it("matches codes by prefix, chapter first", () => {
    expect(codes("6110")).toEqual(["6110"]);
    const chapter = codes("61");
    expect(chapter[0]).toBe("61");
    expect(chapter.every((c) => c.startsWith("61"))).toBe(true);
    expect(chapter).toContain("6110");
  });

  it("returns the names in the requested language", () => {
    const [ja] = searchHs("6110", "ja");
    const [zh] = searchHs("6110", "zh");
    expect(ja).toEqual({ code: "6110", name: hsName("6110", "ja") });
    expect(zh?.name).toBe(hsName("6110", "zh"));
    // A Chinese query answered in English.
    expect(searchHs("针织", "en").find((r) => r.code === "6110")?.name).toBe(hsName("6110", "en"));
  });

  it("honours the limit and returns nothing for an empty or unknown query", () => {
    expect(searchHs("knit", "en", 3)).toHaveLength(3);
    expect(searchHs("   ", "en")).toEqual([]);
    expect(searchHs("zzqxv", "en")).toEqual([]);
    expect(searchHs("9999", "en")).toEqual([]);
  });
});
