import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { formatErrors, parseExchange, parseExchangeText, type ExchangeError } from "@/lib/exchange/validate";

type Json = Record<string, unknown>;

/** Four valid companies; companies[3] is an SME with one product. */
function document(): { format: string; companies: Json[] } {
  const sme = (ref: string): Json => ({
    ref,
    kind: "sme",
    name: { ja: "見附ニット", en: "Mitsuke Knit" },
    country: "JP",
    region: "JP-15",
    products: [{ ref: "sweater", name: { en: "Wool sweater" }, hsCode: "6110", priceJpy: { min: 3000, max: 9000 } }],
    targetChannels: ["retail_chain"],
    targetRegions: ["CN-JL"],
  });
  return {
    format: "kakehashi-exchange/1",
    companies: [
      sme("mitsuke-knit"),
      {
        ref: "yanbian-trade",
        kind: "distributor",
        name: { zh: "延边贸易" },
        country: "CN",
        region: "CN-JL",
        channels: [{ type: "showroom", regions: ["CN-JL"], outlets: 1 }],
        hsCodes: ["61"],
        needs: [{ ref: "knitwear", description: { zh: "羊毛针织衫" }, hsCode: "6110" }],
        minOrderJpy: 100000,
      },
      sme("tsubame-steel"),
      sme("sabae-frames"),
    ],
  };
}

function errorsOf(input: unknown): ExchangeError[] {
  const result = parseExchange(input);
  if (result.ok) throw new Error("expected the document to be refused");
  return result.errors;
}

function linesOf(input: unknown): string[] {
  return formatErrors(errorsOf(input)).split("\n");
}

describe("parseExchange", () => {
  it("accepts the shared matching fixture and drops its judgments", () => {
    const fixture = JSON.parse(readFileSync(path.resolve(process.cwd(), "../shared/fixtures/matching-sample.json"), "utf8"));
    const result = parseExchange(fixture);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.companies).toHaveLength(fixture.companies.length);
    expect(result.doc).not.toHaveProperty("judgments");
    expect(result.doc.companies[0]).toEqual(fixture.companies[0]);
  });

  it("refuses an unknown format at path format", () => {
    expect(linesOf({ ...document(), format: "kakehashi-exchange/2" })).toEqual(['format: must be "kakehashi-exchange/1"']);
  });

  it("refuses a document without a companies array", () => {
    expect(errorsOf({ format: "kakehashi-exchange/1" })).toEqual([{ path: "companies", code: "required", message: "is required" }]);
    expect(linesOf({ format: "kakehashi-exchange/1", companies: {} })).toEqual(["companies: must be a list"]);
  });

  it("refuses input that is not an object or not JSON", () => {
    expect(linesOf([])).toEqual(["(document): must be an object"]);
    const text = parseExchangeText("{ not json");
    expect(text.ok ? [] : text.errors.map((e) => e.code)).toEqual(["notJson"]);
  });

  it("refuses a ref with characters outside [A-Za-z0-9._-] or longer than 64", () => {
    const doc = document();
    doc.companies[0]!.ref = "mitsuke knit";
    doc.companies[2]!.ref = "x".repeat(65);
    expect(errorsOf(doc).map((e) => `${e.path} ${e.code}`)).toEqual(["companies[0].ref ref", "companies[2].ref ref"]);
  });

  it("refuses a company ref used twice in the file, naming the first", () => {
    const doc = document();
    doc.companies[3]!.ref = "mitsuke-knit";
    expect(errorsOf(doc)).toEqual([
      {
        path: "companies[3].ref",
        code: "duplicateRef",
        message: '"mitsuke-knit" is already used by companies[0]',
        params: { ref: "mitsuke-knit", first: "companies[0]" },
      },
    ]);
  });

  it("refuses a product ref used twice in one company but not across companies", () => {
    const doc = document();
    const products = doc.companies[3]!.products as Json[];
    products.push({ ref: "sweater", name: { en: "Another" } });
    expect(linesOf(doc)).toEqual(['companies[3].products[1].ref: "sweater" is already used by companies[3].products[0]']);
  });

  it("refuses a sourcing need ref used twice in one company", () => {
    const doc = document();
    (doc.companies[1]!.needs as Json[]).push({ ref: "knitwear", description: { en: "Scarves" } });
    expect(linesOf(doc)).toEqual(['companies[1].needs[1].ref: "knitwear" is already used by companies[1].needs[0]']);
  });

  it("names every missing required field", () => {
    const doc = document();
    delete (doc as Json).format;
    delete doc.companies[2]!.kind;
    delete doc.companies[2]!.name;
    delete doc.companies[2]!.region;
    delete (doc.companies[1]!.channels as Json[])[0]!.regions;
    delete (doc.companies[3]!.products as Json[])[0]!.ref;
    expect(linesOf(doc)).toEqual([
      "format: is required",
      "companies[1].channels[0].regions: is required",
      "companies[2].kind: is required",
      "companies[2].name: is required",
      "companies[2].region: is required",
      "companies[3].products[0].ref: is required",
    ]);
  });

  it("refuses an empty Localized and a Localized with only blank text", () => {
    const doc = document();
    doc.companies[0]!.name = {};
    doc.companies[2]!.name = { ja: "  ", en: "Tsubame" };
    doc.companies[3]!.description = { zh: "\u3000\n" };
    expect(errorsOf(doc).map((e) => `${e.path} ${e.code}`)).toEqual([
      "companies[0].name localizedEmpty",
      "companies[2].name.ja blank",
      "companies[3].description.zh blank",
    ]);
  });

  it("refuses a language key other than ja, zh, en in Localized", () => {
    const doc = document();
    doc.companies[0]!.name = { ko: "미츠케" };
    expect(linesOf(doc)).toEqual([
      "companies[0].name: needs a text in at least one of ja, zh, en",
      "companies[0].name.ko: is not a field of the exchange format",
    ]);
  });

  it("refuses a region of the wrong country and an unknown region", () => {
    const doc = document();
    doc.companies[0]!.region = "CN-JL";
    doc.companies[1]!.region = "CN-XX";
    expect(errorsOf(doc)).toEqual([
      {
        path: "companies[0].region",
        code: "regionCountry",
        message: "CN-JL is not a region of JP",
        params: { region: "CN-JL", country: "JP" },
      },
      expect.objectContaining({ path: "companies[1].region", code: "region" }),
    ]);
  });

  it("refuses an HS code that is not 2, 4 or 6 digits, full-width digits included", () => {
    const doc = document();
    (doc.companies[3]!.products as Json[])[0]!.hsCode = "611";
    (doc.companies[1]!.needs as Json[])[0]!.hsCode = "６１１０";
    doc.companies[1]!.hsCodes = ["61", "6110.20"];
    expect(linesOf(doc)).toEqual([
      "companies[1].hsCodes[1]: must be 2, 4 or 6 digits",
      "companies[1].needs[0].hsCode: must be 2, 4 or 6 digits",
      "companies[3].products[0].hsCode: must be 2, 4 or 6 digits",
    ]);
  });

  it("refuses a price range whose max is below its min, and negative prices", () => {
    const doc = document();
    (doc.companies[3]!.products as Json[])[0]!.priceJpy = { min: 9000, max: 3000 };
    (doc.companies[1]!.needs as Json[])[0]!.priceJpy = { min: -1, max: 10 };
    expect(linesOf(doc)).toEqual([
      "companies[1].needs[0].priceJpy.min: must be at least 0",
      "companies[3].products[0].priceJpy.max: must not be less than min (9000)",
    ]);
  });

  it("refuses a distributor with products and an SME with channels, hsCodes, needs or minOrderJpy", () => {
    const doc = document();
    doc.companies[1]!.products = [];
    doc.companies[1]!.targetRegions = ["CN"];
    Object.assign(doc.companies[0]!, { channels: [], hsCodes: ["61"], needs: [], minOrderJpy: 0 });
    expect(linesOf(doc)).toEqual([
      'companies[0].channels: is not allowed for a company of kind "sme"',
      'companies[0].hsCodes: is not allowed for a company of kind "sme"',
      'companies[0].needs: is not allowed for a company of kind "sme"',
      'companies[0].minOrderJpy: is not allowed for a company of kind "sme"',
      'companies[1].products: is not allowed for a company of kind "distributor"',
      'companies[1].targetRegions: is not allowed for a company of kind "distributor"',
    ]);
  });

  it("refuses an unknown channel type, kind or country and a non-Chinese channel region", () => {
    const doc = document();
    (doc.companies[1]!.channels as Json[])[0] = { type: "vending_machine", regions: ["JP-13"] };
    doc.companies[0]!.targetChannels = ["shop"];
    doc.companies[2]!.kind = "buyer";
    doc.companies[3]!.country = "KR";
    const errors = errorsOf(doc);
    expect(errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      "companies[0].targetChannels[0] enum",
      "companies[1].channels[0].type enum",
      "companies[1].channels[0].regions[0] chinaRegion",
      "companies[2].kind enum",
      "companies[3].country enum",
    ]);
    expect(errors[1]!.message).toBe(
      "must be one of: wholesale, retail_chain, department_store, ecommerce_marketplace, cross_border_ecommerce, livestream, showroom, trade_fair, b2b_industrial, horeca, medical",
    );
  });

  it("refuses a founding year before 1600 or after this year", () => {
    const doc = document();
    doc.companies[0]!.foundedYear = 1599;
    doc.companies[2]!.foundedYear = new Date().getFullYear() + 1;
    doc.companies[3]!.foundedYear = new Date().getFullYear();
    expect(linesOf(doc)).toEqual(["companies[0].foundedYear: must be at least 1600", `companies[2].foundedYear: must be at most ${new Date().getFullYear()}`]);
  });

  it("refuses a website that is not an http(s) URL", () => {
    const doc = document();
    doc.companies[0]!.website = "javascript:alert(1)";
    doc.companies[2]!.website = "www.tsubame.example";
    doc.companies[3]!.website = "https://sabae.example/frames?lang=ja";
    expect(linesOf(doc)).toEqual(["companies[0].website: must be an http or https URL", "companies[2].website: must be an http or https URL"]);
  });

  it("refuses numbers that are not whole or out of range", () => {
    const doc = document();
    doc.companies[0]!.employees = 0;
    doc.companies[2]!.employees = 12.5;
    doc.companies[3]!.employees = "12";
    (doc.companies[3]!.products as Json[])[0]!.moq = 0;
    (doc.companies[3]!.products as Json[])[0]!.leadTimeDays = -1;
    doc.companies[1]!.minOrderJpy = 3_000_000_000;
    expect(linesOf(doc)).toEqual([
      "companies[0].employees: must be at least 1",
      "companies[1].minOrderJpy: must be at most 2147483647",
      "companies[2].employees: must be a whole number",
      "companies[3].products[0].moq: must be at least 1",
      "companies[3].products[0].leadTimeDays: must be at least 0",
      "companies[3].employees: must be a whole number",
    ]);
  });

  it("refuses oversized text and lists with a clear limit", () => {
    const doc = document();
    doc.companies[0]!.name = { en: "x".repeat(201) };
    doc.companies[0]!.description = { ja: "あ".repeat(5001) };
    doc.companies[0]!.city = "c".repeat(101);
    const product = (doc.companies[3]!.products as Json[])[0]!;
    product.keywords = Array.from({ length: 51 }, (_, i) => `k${i}`);
    product.certifications = ["x".repeat(101)];
    doc.companies[2]!.products = Array.from({ length: 501 }, (_, i) => ({ ref: `p${i}`, name: { en: "P" } }));
    expect(linesOf(doc)).toEqual([
      "companies[0].name.en: must be at most 200 characters",
      "companies[0].description.ja: must be at most 5000 characters",
      "companies[0].city: must be at most 100 characters",
      "companies[2].products: must have at most 500 items",
      "companies[3].products[0].keywords: must have at most 50 items",
      "companies[3].products[0].certifications[0]: must be at most 100 characters",
    ]);
  });

  it("counts an emoji as one character against the limit", () => {
    const doc = document();
    doc.companies[0]!.name = { en: "🍶".repeat(200) };
    expect(parseExchange(doc).ok).toBe(true);
  });

  it("refuses a field the format does not have", () => {
    const doc = document();
    doc.companies[0]!.hs_code = "61";
    (doc.companies[3]!.products as Json[])[0]!.colour = "red";
    expect(linesOf(doc)).toEqual([
      "companies[0].hs_code: is not a field of the exchange format",
      "companies[3].products[0].colour: is not a field of the exchange format",
    ]);
  });

  it("refuses a language that is not two lowercase letters", () => {
    const doc = document();
    doc.companies[0]!.languages = ["ja", "JA", "jpn"];
    expect(linesOf(doc)).toEqual([
      "companies[0].languages[1]: must be an ISO 639-1 code (two lowercase letters, e.g. ja)",
      "companies[0].languages[2]: must be an ISO 639-1 code (two lowercase letters, e.g. ja)",
    ]);
  });

  it("collects the errors of every company, not just the first, in the order of the file", () => {
    const doc = document();
    doc.companies[0]!.region = "JP-99";
    doc.companies[1]!.name = "Yanbian";
    (doc.companies[3]!.products as Json[])[0]!.hsCode = "1";
    expect(errorsOf(doc).map((e) => e.path)).toEqual(["companies[0].region", "companies[1].name", "companies[3].products[0].hsCode"]);
  });

  it("lists a company's errors in the order its fields appear in the file", () => {
    const doc = document();
    doc.companies[0]!.region = "CN-JL";
    (doc.companies[0]!.products as Json[])[0]!.hsCode = "1";
    doc.companies[0]!.targetRegions = ["JP-13"];
    expect(errorsOf(doc).map((e) => e.path)).toEqual(["companies[0].region", "companies[0].products[0].hsCode", "companies[0].targetRegions[0]"]);
  });

  it("reports a duplicate ref even when another company is malformed", () => {
    const doc = document();
    doc.companies[0]!.employees = "many";
    doc.companies[2]!.ref = "mitsuke-knit";
    expect(errorsOf(doc).map((e) => `${e.path} ${e.code}`)).toEqual(["companies[0].employees notInteger", "companies[2].ref duplicateRef"]);
  });

  it("keeps CJK, emoji, full-width digits and markup in text unchanged", () => {
    const doc = document();
    const name = { ja: "見附ニット🧶 第２工場", zh: "见附针织 <script>alert('x')</script>", en: "Ｍｉｔｓｕｋｅ　Knit" };
    doc.companies[0]!.name = name;
    doc.companies[0]!.city = "見附市 1-2-3";
    const result = parseExchange(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.companies[0]!.name).toEqual(name);
    expect(result.doc.companies[0]!.city).toBe("見附市 1-2-3");
  });

  it("says how many further errors it left out, in the singular for one and with digit grouping", () => {
    const withBadRegions = (n: number) => ({
      ...document(),
      companies: Array.from({ length: n }, (_, i) => ({ ...document().companies[0]!, ref: `maker-${i}`, region: "JP-99" })),
    });
    expect(errorsOf(withBadRegions(501)).at(-1)!.message).toBe("and 1 more error");
    const more = errorsOf(withBadRegions(1734)).at(-1)!;
    expect(more.message).toBe("and 1,234 more errors");
    expect(translatorFor("ja")(`exchange.errors.${more.code}`, more.params)).toBe("ほかに 1,234 件のエラーがあります");
  });

  it("renders each error in Japanese and Chinese from its code and params", () => {
    const doc = document();
    doc.companies[0]!.region = "CN-JL";
    (doc.companies[3]!.products as Json[])[0]!.hsCode = "611";
    const [region, hs] = errorsOf(doc);
    expect(translatorFor("ja")(`exchange.errors.${region!.code}`, region!.params)).toBe("CN-JL は JP の地域ではありません");
    expect(translatorFor("zh")(`exchange.errors.${hs!.code}`, hs!.params)).toBe("必须是 2 位、4 位或 6 位数字");
  });
});

describe("unknown fields", () => {
  it("are refused by default and left out when the reader asks to ignore them", () => {
    const doc = document();
    doc.companies[0]!.notes = "met at Canton Fair";
    expect(linesOf(doc)).toEqual(["companies[0].notes: is not a field of the exchange format"]);
    const lenient = parseExchange(doc, { unknownFields: "ignore" });
    expect(lenient.ok).toBe(true);
    if (lenient.ok) expect(lenient.doc.companies[0]).not.toHaveProperty("notes");
  });

  it("still reports real errors when unknown fields are ignored", () => {
    const doc = document();
    doc.companies[0]!.notes = "x";
    doc.companies[0]!.region = "CN-JL";
    const lenient = parseExchange(doc, { unknownFields: "ignore" });
    expect(lenient.ok).toBe(false);
    if (!lenient.ok) expect(lenient.errors.map((e) => e.path)).toEqual(["companies[0].region"]);
  });
});
