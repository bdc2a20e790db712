import { describe, expect, it } from "vitest";
import { channelResult, evaluateProduct, openRequirements, type ProductFacts } from "@/lib/access/evaluate";
import { asStoredRule, researchRules } from "@/lib/access/research-rules";
import { channelTypes } from "@/db/schema";

const rules = researchRules.map(asStoredRule);
const DAY = "2026-12-08";

function facts(p: Partial<ProductFacts> & Pick<ProductFacts, "hsCode" | "companyRegion">): ProductFacts {
  return { originPrefecture: null, mainIngredientOrigin: null, exportGateway: null, attributes: [], certifications: [], ...p };
}

const codesOf = (r: { hits: { rule: { code: string } }[] }) => r.hits.map((h) => h.rule.code);
const reqCodes = (r: Parameters<typeof openRequirements>[0]) => openRequirements(r).map((x) => x.code);

describe("market-access check", () => {
  it("blocks Niigata sake on every channel, citing R01 and its MAFF source", () => {
    const access = evaluateProduct(rules, facts({ hsCode: "220600", companyRegion: "JP-15" }), DAY);
    for (const channel of channelTypes) {
      const result = channelResult(access, channel);
      expect(result.outcome).toBe("block");
      const r01 = result.hits.find((h) => h.rule.code === "R01")!;
      expect(r01.rule.evidence[0]!.url).toBe("https://www.maff.go.jp/j/export/e_shoumei/china_shoumei.html");
      expect(r01.rule.evidence[0]!.publishedOn).toBe("2025-06-29");
    }
  });

  it("blocks a Kyushu rice cracker whose main ingredient is Niigata rice", () => {
    const access = evaluateProduct(rules, facts({ hsCode: "190590", companyRegion: "JP-40", mainIngredientOrigin: "JP-15" }), DAY);
    expect(access.GT.outcome).toBe("block");
    expect(access.CBEC.outcome).toBe("block");
    expect(codesOf(access.GT)).toContain("R01");
  });

  it("lists certificate of origin, GACC self-registration and a Chinese label for a Kyushu rice cracker of local rice", () => {
    const access = evaluateProduct(rules, facts({ hsCode: "190590", companyRegion: "JP-40", mainIngredientOrigin: "JP-40", exportGateway: "hakata" }), DAY);
    expect(access.GT.outcome).toBe("todo");
    expect(reqCodes(access.GT)).toEqual(expect.arrayContaining(["maff-certificate-of-origin", "gacc-registration", "chinese-label"]));
    expect(reqCodes(access.GT)).not.toContain("gateway-outside-10");
  });

  it("advises a gateway outside the 10 prefectures when the rice cracker leaves from Narita", () => {
    const access = evaluateProduct(rules, facts({ hsCode: "190590", companyRegion: "JP-40", mainIngredientOrigin: "JP-40", exportGateway: "narita" }), DAY);
    expect(access.GT.outcome).toBe("todo");
    expect(reqCodes(access.GT)).toContain("gateway-outside-10");
  });

  it("asks where the main ingredient comes from instead of guessing", () => {
    const access = evaluateProduct(rules, facts({ hsCode: "190590", companyRegion: "JP-40" }), DAY);
    expect(access.GT.outcome).toBe("todo");
    expect(reqCodes(access.GT)).toContain("tell-main-ingredient");
  });

  it("blocks Uji matcha from every route", () => {
    const access = evaluateProduct(rules, facts({ hsCode: "090210", companyRegion: "JP-26" }), DAY);
    expect([access.GT.outcome, access.CBEC.outcome, access.TMP.outcome]).toEqual(["block", "block", "block"]);
    expect(codesOf(access.GT)).toContain("R05");
  });

  it("finds a Hokkaido skin cream fine through cross-border e-commerce and needing NMPA filing at a department store", () => {
    const access = evaluateProduct(rules, facts({ hsCode: "330499", companyRegion: "JP-01" }), DAY);
    expect(channelResult(access, "cross_border_ecommerce").outcome).toBe("fine");
    expect(codesOf(channelResult(access, "cross_border_ecommerce"))).toContain("R24");
    const store = channelResult(access, "department_store");
    expect(store.outcome).toBe("todo");
    expect(reqCodes(store)).toEqual(["nmpa-filing"]);
  });

  it("asks for NMPA registration for a special-use cosmetic, and none once the filing number is listed", () => {
    const special = evaluateProduct(rules, facts({ hsCode: "330499", companyRegion: "JP-01", attributes: ["special_cosmetic"] }), DAY);
    expect(reqCodes(special.GT)).toContain("nmpa-registration");
    const filed = evaluateProduct(rules, facts({ hsCode: "330499", companyRegion: "JP-01", certifications: ["NMPA 国妆网备进字(沪)2024001234"] }), DAY);
    expect(filed.GT.outcome).toBe("fine");
  });

  it("lists CCC for a hair dryer, and for a product with a lithium battery", () => {
    const dryer = evaluateProduct(rules, facts({ hsCode: "851631", companyRegion: "JP-22" }), DAY);
    expect(dryer.GT.outcome).toBe("todo");
    expect(reqCodes(dryer.GT)).toEqual(["ccc"]);
    const fan = evaluateProduct(rules, facts({ hsCode: "670290", companyRegion: "JP-22", attributes: ["lithium_battery"] }), DAY);
    expect(reqCodes(fan.GT)).toEqual(["ccc"]);
  });

  it("no longer applies a rule past its valid-to date", () => {
    const cracker = facts({ hsCode: "190590", companyRegion: "JP-40", mainIngredientOrigin: "JP-40" });
    expect(codesOf(evaluateProduct(rules, cracker, "2026-05-01").GT)).toContain("R11");
    expect(codesOf(evaluateProduct(rules, cracker, "2026-05-01").GT)).not.toContain("R12");
    expect(codesOf(evaluateProduct(rules, cracker, DAY).GT)).not.toContain("R11");
    expect(codesOf(evaluateProduct(rules, cracker, DAY).GT)).toContain("R12");
  });

  it("lets Niigata rice through general trade with its own checklist, but not Niigata rice crackers", () => {
    const rice = evaluateProduct(rules, facts({ hsCode: "100630", companyRegion: "JP-15" }), DAY);
    expect(rice.GT.outcome).toBe("todo");
    expect(codesOf(rice.GT)).not.toContain("R01");
    expect(rice.CBEC.outcome).toBe("block");
    expect(evaluateProduct(rules, facts({ hsCode: "190590", companyRegion: "JP-15" }), DAY).GT.outcome).toBe("block");
  });

  it("treats low-confidence research rules as information until confirmed", () => {
    const low = asStoredRule({ ...researchRules[0]!, confidence: "low" });
    expect(low.level).toBe("info");
  });
});
