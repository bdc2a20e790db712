import { describe, expect, it } from "vitest";
import { reasonToEnglish } from "@/lib/matching/reason-text";
import { distributor, need, product, score, sme } from "./matching-fixtures";

const knitter = sme({
  ref: "knit",
  targetChannels: ["wholesale"],
  targetRegions: ["CN-JL"],
  products: [product({ ref: "sweater", name: { ja: "ニットセーター" }, hsCode: "6110", priceMinJpy: 3000, priceMaxJpy: 8000, moq: 100 })],
});
const base = {
  ref: "buyer",
  channels: [{ type: "wholesale", regions: ["CN-JL", "CN-LN"], description: null }],
  hsCodes: ["61"],
};
// Unrelated companies so that IDF has a corpus to weigh against.
const crowd = [
  sme({ ref: "tea", products: [product({ ref: "tea", name: { ja: "日本茶", en: "green tea" }, hsCode: "0902" })] }),
  distributor({ ref: "tools", hsCodes: ["82"], description: { zh: "日本五金工具批发" } }),
  distributor({ ref: "food", hsCodes: ["19"], description: { zh: "日本零食进口" } }),
];

describe("HS hierarchy", () => {
  it("lets a 2-digit chapter on the distributor cover every heading under it", () => {
    const covered = score(knitter, distributor({ ...base, hsCodes: ["61"] }), crowd);
    const other = score(knitter, distributor({ ...base, hsCodes: ["62"] }), crowd);
    expect(covered.score).toBeGreaterThan(other.score);
    expect(covered.reasons).toContainEqual({ code: "goods_code", params: { code: "61", product: { ja: "ニットセーター" }, productWord: "セーター" } });
    expect(other.score).toBe(0);
  });

  it("ranks a need naming the product above the declared chapter, quoting the words on both sides", () => {
    const plain = score(knitter, distributor({ ...base }), crowd);
    const wanted = score(knitter, distributor({ ...base, needs: [need({ ref: "n", description: { zh: "羊毛衫" } })] }), crowd);
    expect(wanted.score).toBeGreaterThan(plain.score);
    expect(wanted.reasons).toContainEqual({
      code: "goods_need",
      params: { need: { zh: "羊毛衫" }, product: { ja: "ニットセーター" }, needWord: "羊毛衫", productWord: "セーター" },
    });
  });
});

describe("text across languages", () => {
  it("matches a Japanese product to a Chinese need 针织衫 without any HS code or shared character", () => {
    const maker = sme({ ...knitter, products: [product({ ref: "sweater", name: { ja: "ニットセーター" } })] });
    const buyer = distributor({ ...base, hsCodes: [], needs: [need({ ref: "n", description: { zh: "针织衫" } })] });
    const stranger = distributor({ ...base, ref: "stranger", hsCodes: [], needs: [need({ ref: "n", description: { zh: "不锈钢锅" } })] });
    const hit = score(maker, buyer, [...crowd, stranger]);
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.reasons).toContainEqual({
      code: "goods_need",
      params: { need: { zh: "针织衫" }, product: { ja: "ニットセーター" }, needWord: "针织衫", productWord: "セーター" },
    });
    expect(score(maker, stranger, [...crowd, buyer]).score).toBe(0);
  });

  it("never makes a claim from a code that was only inferred", () => {
    const guessed = sme({ ...knitter, products: [product({ ref: "x", name: { en: "Aurora 300" }, inferredHsCode: "6110", priceMinJpy: 3000, moq: 100 })] });
    const buyer = distributor({ ...base, hsCodes: [], needs: [need({ ref: "n", description: { zh: "毛衣" } })] });
    expect(score(guessed, buyer, crowd).score).toBe(0);
    expect(score(knitter, buyer, crowd).score).toBeGreaterThan(0);
  });

  it("matches a buyer that only describes its line to a product in that line, quoting the line", () => {
    const maker = sme({ ...knitter, ref: "steel", products: [product({ ref: "set", name: { ja: "ステンレス カトラリーセット" } })] });
    const proseOnly = distributor({ ref: "kitchen", channels: base.channels, description: { zh: "不锈钢餐具零售" } });
    const unrelated = distributor({ ref: "snacks", channels: base.channels, description: { zh: "进口零食批发" } });
    const withProse = score(maker, proseOnly, crowd);
    expect(withProse.reasons).toContainEqual({
      code: "goods_line",
      params: { line: "餐具", product: { ja: "ステンレス カトラリーセット" }, productWord: "カトラリーセット" },
    });
    expect(score(maker, unrelated, crowd).score).toBe(0);
  });
});

describe("context signals", () => {
  const good = distributor(base);

  it("prefers a distributor with a channel the SME targets", () => {
    const off = distributor({ ...base, channels: [{ type: "livestream", regions: ["CN-JL"], description: null }] });
    expect(score(knitter, good, crowd).score).toBeGreaterThan(score(knitter, off, crowd).score);
  });

  it("prefers a distributor whose channels reach the targeted region, and treats CN as everywhere", () => {
    const elsewhere = distributor({ ...base, channels: [{ type: "wholesale", regions: ["CN-GD"], description: null }] });
    const national = distributor({ ...base, channels: [{ type: "wholesale", regions: ["CN"], description: null }] });
    expect(score(knitter, good, crowd).score).toBeGreaterThan(score(knitter, elsewhere, crowd).score);
    expect(score(knitter, national, crowd).score).toBeGreaterThan(score(knitter, elsewhere, crowd).score);
    expect(score(knitter, good, crowd).reasons).toContainEqual({ code: "region", params: { channel: "wholesale", regions: ["CN-JL"] } });
  });

  it("prefers a distributor whose staff speak the SME's language", () => {
    const japanese = distributor({ ...base, languages: ["zh", "ja"] });
    expect(score(knitter, japanese, crowd).score).toBeGreaterThan(score(knitter, good, crowd).score);
    expect(score(knitter, japanese, crowd).reasons).toContainEqual({ code: "language", params: { languages: ["ja"] } });
  });

  it("says a minimum order fits only when a lot of the maker's meets it, and rules out one far beyond its scale", () => {
    // The knitter's largest lot: 100 × ¥8,000 = ¥800,000.
    const fits = distributor({ ...base, minOrderJpy: 300_000 });
    const stretch = distributor({ ...base, minOrderJpy: 4_000_000 });
    const far = distributor({ ...base, minOrderJpy: 20_000_000 });
    expect(score(knitter, fits, crowd).reasons).toContainEqual({
      code: "min_order",
      params: { minOrder: 300_000, orderValue: 800_000, product: { ja: "ニットセーター" } },
    });
    expect(score(knitter, fits, crowd).score).toBeGreaterThan(score(knitter, stretch, crowd).score);
    expect(score(knitter, stretch, crowd).reasons.map((r) => r.code)).not.toContain("min_order");
    expect(score(knitter, far, crowd).score).toBe(0);
  });

  it("prefers a need whose target price overlaps the product's price range", () => {
    const inRange = distributor({ ...base, needs: [need({ ref: "n", description: { zh: "毛衣" }, priceMinJpy: 4000, priceMaxJpy: 6000 })] });
    const cheap = distributor({ ...base, needs: [need({ ref: "n", description: { zh: "毛衣" }, priceMinJpy: 100, priceMaxJpy: 300 })] });
    expect(score(knitter, inRange, crowd).score).toBeGreaterThan(score(knitter, cheap, crowd).score);
  });

  it("prefers companies vouched for by a chamber, and a responsive one once reply rates are known", () => {
    const vouched = sme({ ...knitter, chamberId: "chamber-1" });
    expect(score(vouched, good, crowd).score).toBeGreaterThan(score(knitter, good, crowd).score);
    expect(score(vouched, good, crowd).reasons).toContainEqual({ code: "chamber_sme", params: {} });
    const responsive = score(knitter, good, crowd, undefined, { buyer: 0.95 });
    const silent = score(knitter, good, crowd, undefined, { buyer: 0.1 });
    expect(responsive.score).toBeGreaterThan(silent.score);
    expect(responsive.reasons).toContainEqual({ code: "responsive", params: { percent: 95 } });
    expect(score(knitter, good, crowd).reasons.map((r) => r.code)).not.toContain("responsive");
  });

  it("sinks a distributor that never answers below one whose rate is unknown or poor, and says why", () => {
    const unknown = score(knitter, good, crowd);
    const never = score(knitter, good, crowd, undefined, { buyer: 0 });
    const poor = score(knitter, good, crowd, undefined, { buyer: 0.5 });
    expect(never.score).toBeGreaterThan(0);
    expect(never.score).toBeLessThan(poor.score);
    expect(never.score).toBeLessThan(unknown.score);
    // A grade lower: below the unknown one by more than the context's whole share could make up.
    expect(unknown.score - never.score).toBeGreaterThan(0.1);
    expect(never.reasons).toContainEqual({ code: "unresponsive_distributor", params: { percent: 0 } });
    expect(poor.reasons.map((r) => r.code)).not.toContain("unresponsive_distributor");
    expect(reasonToEnglish({ code: "unresponsive_distributor", params: { percent: 0 } })).toBe(
      "the distributor answers only 0% of first messages within 2 working days",
    );
  });

  it("never lets context alone match goods of another category", () => {
    const perfectRouteWrongGoods = distributor({ ...base, hsCodes: ["84"], languages: ["ja", "zh"], minOrderJpy: 300_000 });
    expect(score(knitter, perfectRouteWrongGoods, crowd).score).toBe(0);
  });
});
