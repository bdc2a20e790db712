import { describe, expect, it } from "vitest";
import { reasonText, reasonToEnglish } from "@/lib/matching/reason-text";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import zh from "@/messages/zh.json";

const codes = [
  "hs",
  "hs_inferred",
  "hs_chapter",
  "hs_described",
  "hs_prose",
  "hs_need",
  "need_text",
  "description_text",
  "channel",
  "region",
  "language",
  "min_order",
  "need_price",
  "chamber_sme",
  "chamber_distributor",
  "responsive",
  "unresponsive_sme",
  "unresponsive_distributor",
  "goods_need",
  "goods_related",
  "goods_code",
  "goods_line",
  "access_todo",
  "access_todo_more",
];

describe("match reasons as text", () => {
  it("has a sentence for every reason code in Japanese, Chinese and English", () => {
    for (const catalogue of [en, ja, zh]) {
      expect(Object.keys(catalogue.matching.reasons).sort()).toEqual([...codes].sort());
    }
  });

  it("quotes a market-access to-do in the reader's language", () => {
    const item = { en: "GACC registration (self-registration)", ja: "GACC登録（自己登録）", zh: "海关总署注册（自主注册）" };
    expect(reasonToEnglish({ code: "access_todo", params: { item } })).toBe(
      "needs GACC registration (self-registration) before it can be sold there (market-access check)",
    );
    expect(reasonText({ code: "access_todo_more", params: { item, more: 2 } }, "ja")).toBe(
      "販売前にGACC登録（自己登録）ほか2件の手続きが必要です（市場アクセス確認）",
    );
  });

  it("names regions, channels, languages and HS headings for the reader", () => {
    expect(reasonToEnglish({ code: "region", params: { channel: "wholesale", regions: ["CN-JL", "CN-LN"] } })).toBe(
      "wholesale reaches Jilin, Liaoning, which the manufacturer targets",
    );
    expect(reasonToEnglish({ code: "language", params: { languages: ["ja"] } })).toBe("both work in Japanese");
    expect(reasonToEnglish({ code: "min_order", params: { minOrder: 300000, orderValue: 300000, product: "Milk cookies" } })).toBe(
      "minimum first order ¥300,000 fits MOQ × price of Milk cookies (¥300,000)",
    );
    expect(reasonToEnglish({ code: "need_text", params: { need: "针织衫", product: "ニットセーター" } })).toBe("needs: 针织衫 — matches ニットセーター");
    expect(reasonToEnglish({ code: "hs", params: { code: "61", productCode: "6110", product: "Sweater" } })).toMatch(
      /^handles HS 61 \([^;]{3,49}\), which covers Sweater \(HS 6110\)$/,
    );
    expect(reasonText({ code: "region", params: { channel: "wholesale", regions: ["CN"] } }, "ja")).toContain("中国全土");
  });

  it("writes yen amounts as yen in every language, never as a bare ¥ a Chinese reader takes for yuan", () => {
    const reason = { code: "min_order", params: { minOrder: 300000, orderValue: 1250000, product: "Milk cookies" } };
    const zh = reasonText(reason, "zh");
    expect(zh).toBe("首单最低金额 JP¥300,000 与 Milk cookies 的起订量 × 单价（JP¥1,250,000）相符");
    expect(zh).not.toMatch(/(^|[^P])¥/);
    expect(reasonText(reason, "ja")).toBe("初回最低発注額 ￥300,000 は Milk cookies の MOQ × 単価（￥1,250,000）に見合います");
    expect(reasonToEnglish(reason)).toBe("minimum first order ¥300,000 fits MOQ × price of Milk cookies (¥1,250,000)");
  });

  it("quotes a product's name and a need's text in the reader's language when they were written in it", () => {
    const reason = {
      code: "need_text",
      params: { need: { zh: "针织衫", en: "knitwear" }, product: { ja: "ニットセーター", en: "Knit sweater", zh: "针织毛衣" } },
    };
    expect(reasonText(reason, "ja")).toContain("ニットセーター");
    expect(reasonText(reason, "ja")).toContain("knitwear");
    expect(reasonText(reason, "zh")).toContain("针织衫");
    expect(reasonText(reason, "zh")).toContain("针织毛衣");
    expect(reasonToEnglish(reason)).toBe("needs: knitwear — matches Knit sweater");
    // Only in its own language: shown as written.
    expect(reasonToEnglish({ code: "need_text", params: { need: { zh: "针织衫" }, product: { ja: "ニットセーター" } } })).toBe(
      "needs: 针织衫 — matches ニットセーター",
    );
    expect(reasonText({ code: "channel", params: { channels: ["livestream"] } }, "zh")).toContain("直播带货");
  });

  it("quotes the words on both sides of a goods match in every language", () => {
    const reason = { code: "goods_need", params: { need: { zh: "进口果汁" }, product: { ja: "みかんジュース" }, needWord: "果汁", productWord: "ジュース" } };
    for (const locale of ["ja", "zh", "en"] as const) {
      const text = reasonText(reason, locale);
      for (const word of ["进口果汁", "みかんジュース", "果汁", "ジュース"]) expect(text).toContain(word);
    }
    expect(reasonText({ code: "goods_line", params: { line: "食品", product: { ja: "みかんジュース" }, productWord: "ジュース" } }, "zh")).toBe(
      "经营范围为“食品”，みかんジュース（“ジュース”）属于其中",
    );
  });
});
