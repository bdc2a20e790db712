// The kinds of difficulty of real chamber data (../shared/fixtures/README.md), each on its own
// small cases: lists of goods, purpose and packaging words, one-language pairs, preferences that
// constrain, commerce both ways, sparse profiles.
import { describe, expect, it } from "vitest";
import { goodsItems } from "@/lib/hs/goods";
import { buildFeatures } from "@/lib/matching/features";
import { buildCorpus, rankAll } from "@/lib/matching/rank";
import type { MatchReason, RawProfile } from "@/lib/matching/types";
import { distributor, need, noInference, product, score, sme } from "./matching-fixtures";

const route = { channels: [{ type: "wholesale", regions: ["CN-SH"], description: null }], languages: ["zh", "ja"] };
const maker = (ref: string, name: string, extra: Partial<RawProfile> = {}) =>
  sme({ ref, targetChannels: ["wholesale"], targetRegions: ["CN-SH"], products: [product({ ref: `${ref}-p`, name: { ja: name } })], ...extra });
const codes = (reasons: MatchReason[]) => reasons.map((r) => r.code);
const goodsReason = (reasons: MatchReason[]) => reasons.find((r) => r.code === "goods_need");

describe("a need that lists several goods", () => {
  const buyer = distributor({ ref: "buyer", ...route, needs: [need({ ref: "n", description: { zh: "绿茶、酱油及日本清酒" } })] });
  const tea = maker("tea", "深蒸し煎茶 100g");
  const soy = maker("soy", "再仕込み醤油 500ml");
  const sake = maker("sake", "純米酒 720ml");
  const crowd = [tea, soy, sake, maker("noodle", "生ラーメン 4食")];

  it("matches the maker of each item, and the reason quotes the item that matched", () => {
    expect(goodsReason(score(tea, buyer, crowd).reasons)?.params).toMatchObject({ need: { zh: "绿茶" }, needWord: "绿茶", productWord: "煎茶" });
    expect(goodsReason(score(soy, buyer, crowd).reasons)?.params).toMatchObject({
      need: { zh: "酱油" },
      needWord: "酱油",
      productWord: expect.stringContaining("醤油"),
    });
    expect(goodsReason(score(sake, buyer, crowd).reasons)?.params).toMatchObject({ need: { zh: "日本清酒" }, needWord: "日本清酒", productWord: "純米酒" });
  });

  it("matches an English list item by item against Japanese names", () => {
    const english = distributor({ ref: "en-buyer", ...route, needs: [need({ ref: "n", description: { en: "Socks, towels and baby bottles" } })] });
    const socks = maker("socks", "五本指靴下");
    const towels = maker("towels", "フェイスタオル");
    const bottles = maker("bottles", "哺乳瓶");
    for (const [m, item] of [
      [socks, "Socks"],
      [towels, "towels"],
      [bottles, "baby bottles"],
    ] as const) {
      expect(goodsReason(score(m, english, [socks, towels, bottles]).reasons)?.params.need).toEqual({ en: item });
    }
  });
});

describe("the goods are the head of the phrase", () => {
  it("reads 「X用Y」 as a need for Y, not for X", () => {
    expect(goodsItems("拉面店用陶瓷碗")[0]!.heads.map((h) => h.code)).toEqual(["6911"]);
    const buyer = distributor({ ref: "buyer", ...route, needs: [need({ ref: "n", description: { zh: "拉面店用陶瓷碗" } })] });
    const bowls = maker("bowls", "磁器 ラーメン丼");
    const noodles = maker("noodles", "生ラーメン 4食");
    expect(codes(score(bowls, buyer, [noodles]).reasons)).toContain("goods_need");
    expect(score(noodles, buyer, [bowls]).score).toBe(0);
  });

  it('reads "Y for X" as a need for Y', () => {
    const buyer = distributor({ ref: "buyer", ...route, needs: [need({ ref: "n", description: { en: "Springs for watches and clocks" } })] });
    const springs = maker("springs", "精密コイルばね");
    const watches = maker("watches", "機械式腕時計");
    expect(codes(score(springs, buyer, [watches]).reasons)).toContain("goods_need");
    expect(score(watches, buyer, [springs]).score).toBe(0);
  });

  it("reads packaging words as the wrapping, not the product", () => {
    const boxed = maker("boxed", "純米酒 720ml 桐箱入り");
    const sakeBuyer = distributor({ ref: "sake", ...route, needs: [need({ ref: "n", description: { zh: "日本清酒" } })] });
    const boxBuyer = distributor({ ref: "boxes", ...route, needs: [need({ ref: "n", description: { zh: "木制礼盒" } })] });
    expect(codes(score(boxed, sakeBuyer, [boxBuyer]).reasons)).toContain("goods_need");
    expect(score(boxed, boxBuyer, [sakeBuyer]).score).toBe(0);
    // A need for labels for bottles is a need for labels: a drinks maker is no supplier of it.
    const labelBuyer = distributor({ ref: "labels", ...route, needs: [need({ ref: "n", description: { zh: "果汁瓶用标签" } })] });
    expect(score(maker("juice", "りんごジュース 1L瓶"), labelBuyer).score).toBe(0);
  });

  it("lets the material decide the heading of a household article", () => {
    expect(goodsItems("铸铁茶壶")[0]!.heads.map((h) => h.code)).toEqual(["7323"]);
    expect(goodsItems("陶瓷茶壶")[0]!.heads[0]!.code).not.toBe("7323");
  });
});

describe("words across languages without a shared character", () => {
  it("matches ジュース with 果汁 and 靴下 with 袜子, quoting both words", () => {
    const juice = maker("juice", "温州みかんジュース");
    const juiceBuyer = distributor({ ref: "juice-buyer", ...route, needs: [need({ ref: "n", description: { zh: "进口果汁" } })] });
    expect(goodsReason(score(juice, juiceBuyer).reasons)?.params).toMatchObject({ needWord: "果汁", productWord: "みかんジュース" });
    const socks = maker("socks", "綿の靴下");
    const sockBuyer = distributor({ ref: "sock-buyer", ...route, needs: [need({ ref: "n", description: { zh: "纯棉袜子" } })] });
    expect(goodsReason(score(socks, sockBuyer).reasons)?.params).toMatchObject({ needWord: "袜子", productWord: "靴下" });
    expect(score(socks, juiceBuyer).score).toBe(0);
  });
});

describe("preferences that constrain", () => {
  const knitter = maker("knit", "ウールセーター", { targetChannels: ["department_store"], targetRegions: ["CN-SH"] });
  // Names the product exactly, but sells through none of the wanted channels and reaches no target region.
  const offRoute = distributor({
    ref: "off",
    languages: ["zh", "ja"],
    channels: [{ type: "livestream", regions: ["CN-GD"], description: null }],
    needs: [need({ ref: "n", description: { zh: "羊毛衫" } })],
  });
  // Only a broad chapter, but the wanted channel in a target region.
  const onRoute = distributor({
    ref: "on",
    languages: ["zh"],
    channels: [{ type: "department_store", regions: ["CN-SH"], description: null }],
    hsCodes: ["61"],
  });
  // The wanted channel elsewhere.
  const channelOnly = distributor({
    ref: "channel",
    languages: ["zh"],
    channels: [{ type: "department_store", regions: ["CN-SC"], description: null }],
    hsCodes: ["61"],
  });

  it("ranks a partner with neither a wanted channel nor a target region below every partner with either", () => {
    const all = [knitter, offRoute, onRoute, channelOnly];
    const off = score(knitter, offRoute, all).score;
    expect(off).toBeGreaterThan(0);
    expect(score(knitter, onRoute, all).score).toBeGreaterThan(off);
    expect(score(knitter, channelOnly, all).score).toBeGreaterThan(off);
  });

  it("holds on the distributor's side too: its list puts an SME it can serve above one it cannot", () => {
    const wantsIt = maker("wants", "ウールカーディガン", { targetChannels: ["livestream"], targetRegions: ["CN-GD"] });
    const features = [knitter, wantsIt, offRoute].map((r) => buildFeatures(r, noInference));
    const pairs = rankAll(
      features.filter((f) => f.kind === "sme"),
      features.filter((f) => f.kind === "distributor"),
      buildCorpus(features),
    );
    const forOff = pairs.filter((p) => p.distributorId === offRoute.id).sort((a, b) => b.score - a.score);
    expect(forOff.map((p) => p.smeId)).toEqual([wantsIt.id, knitter.id]);
  });

  it("counts reach only through a wanted channel", () => {
    const elsewhere = distributor({
      ref: "wholesale",
      languages: ["zh"],
      channels: [{ type: "wholesale", regions: ["CN-SH"], description: null }],
      hsCodes: ["6110"],
    });
    expect(codes(score(knitter, elsewhere).reasons)).not.toContain("region");
    expect(codes(score(knitter, onRoute).reasons)).toContain("region");
  });
});

describe("commerce both ways", () => {
  // The maker's largest lot: 100 × ¥4,000 = ¥400,000.
  const small = sme({
    ref: "small",
    targetChannels: ["wholesale"],
    targetRegions: ["CN-SH"],
    products: [product({ ref: "p", name: { ja: "今治タオル" }, priceMinJpy: 1500, priceMaxJpy: 4000, moq: 100 })],
  });
  const buyer = (minOrderJpy: number | null, price?: [number, number]) =>
    distributor({
      ref: `b${minOrderJpy}`,
      ...route,
      minOrderJpy,
      needs: [need({ ref: "n", description: { zh: "毛巾" }, priceMinJpy: price?.[0] ?? null, priceMaxJpy: price?.[1] ?? null })],
    });

  it("never lets a ¥20M minimum first order fit a ¥0.4M lot", () => {
    const result = score(small, buyer(20_000_000));
    expect(result.score).toBe(0);
    expect(codes(result.reasons)).not.toContain("min_order");
    expect(codes(score(small, buyer(300_000)).reasons)).toContain("min_order");
  });

  it("rules out a price band far below the matched product's prices, and counts a gap as one level", () => {
    const fits = score(small, buyer(null, [1000, 5000])).score;
    const gap = score(small, buyer(null, [500, 1000])).score;
    expect(fits).toBeGreaterThan(gap);
    expect(gap).toBeGreaterThan(0);
    expect(score(small, buyer(null, [100, 300])).score).toBe(0);
  });
});

describe("sparse profiles", () => {
  it("gives a one-line maker partners from its line", () => {
    const oneLine = sme({ ref: "kiln", description: { ja: "南部鉄器の鉄瓶を作る工房" }, languages: [] });
    const buyer = distributor({ ref: "buyer", ...route, needs: [need({ ref: "n", description: { zh: "铸铁茶壶" } })] });
    const other = distributor({ ref: "other", ...route, needs: [need({ ref: "n", description: { zh: "进口零食" } })] });
    const features = [oneLine, buyer, other].map((r) => buildFeatures(r, noInference));
    const pairs = rankAll([features[0]!], features.slice(1), buildCorpus(features));
    expect(pairs.map((p) => p.distributorId)).toEqual([buyer.id]);
    expect(pairs[0]!.reasons[0]).toMatchObject({ code: "goods_need", params: { product: { ja: "南部鉄器の鉄瓶を作る工房" } } });
  });

  it("gives a one-line buyer partners from its line, never above a buyer whose need names the product", () => {
    const juice = maker("juice", "りんごジュース 1L");
    const oneLine = distributor({ ref: "wholesale", description: { zh: "日本食品进口批发" }, languages: ["zh", "ja"] });
    const named = distributor({ ref: "named", ...route, needs: [need({ ref: "n", description: { zh: "苹果汁" } })] });
    const sparse = score(juice, oneLine, [named]);
    expect(sparse.score).toBeGreaterThan(0);
    expect(sparse.reasons[0]).toMatchObject({ code: "goods_line", params: { line: "食品" } });
    expect(score(juice, named, [oneLine]).score).toBeGreaterThan(sparse.score);
  });
});

describe("industrial needs", () => {
  it("matches a buyer's need for parts it does not make itself, not the codes of what it makes", () => {
    const pumpMaker = distributor({
      ref: "pumps",
      ...route,
      channels: [{ type: "b2b_industrial", regions: ["CN-SH"], description: null }],
      hsCodes: ["8413"],
      needs: [need({ ref: "n", description: { zh: "泵用铸铁件" } })],
    });
    const foundry = sme({
      ref: "foundry",
      targetChannels: ["b2b_industrial"],
      targetRegions: ["CN-SH"],
      products: [product({ ref: "c", name: { ja: "ダクタイル鋳鉄 鋳物" } })],
    });
    expect(codes(score(foundry, pumpMaker).reasons)).toContain("goods_need");
  });
});
