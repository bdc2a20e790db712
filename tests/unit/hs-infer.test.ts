import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inferHsCode, scoreHsHeadings } from "@/lib/hs/infer";
import { hsHeadings } from "@/lib/hs/nomenclature";
import { hsKeywordTables } from "@/lib/hs/keywords";

describe("inferHsCode", () => {
  it.each([
    ["ニットセーター", "6110"],
    ["针织衫", "6110"],
    ["Wool knit sweater", "6110"],
    ["matcha", "0902"],
    ["抹茶", "0902"],
    ["包丁", "8211"],
    ["Japanese chef's knife", "8211"],
    ["日式菜刀", "8211"],
    ["眼鏡フレーム", "9003"],
    ["镜架", "9003"],
    ["eyeglass frames", "9003"],
    ["サングラス", "9004"],
    ["炊飯器", "8516"],
    ["电饭煲", "8516"],
    ["rice cooker", "8516"],
    ["ステンレスカトラリーセット", "8215"],
    ["不锈钢勺子", "8215"],
    ["フライパン", "7323"],
    ["ボールベアリング", "8482"],
    ["轴承", "8482"],
    ["六角ボルト", "7318"],
    ["減速機用精密歯車", "8483"],
    ["积层陶瓷电容", "8532"],
    ["プリント基板", "8534"],
    ["腕時計", "9102"],
    ["掛け時計", "9105"],
    ["理美容ハサミ", "8213"],
    ["CNC旋盤", "8458"],
    ["ミシン", "8452"],
    ["自転車", "8712"],
  ])("reads %s as %s", (text, code) => {
    expect(inferHsCode([text])).toBe(code);
  });

  it("returns null when nothing names goods", () => {
    for (const text of ["hello world", "会社概要", "お問い合わせはこちら", "We can supply in large quantities", "我们公司位于上海", ""]) {
      expect(inferHsCode([text]), text).toBeNull();
    }
    expect(inferHsCode([])).toBeNull();
  });

  it("does not read a word that merely contains a keyword (ユニット is not ニット)", () => {
    expect(inferHsCode(["ユニット"])).toBeNull();
  });

  it("lets a longer keyword swallow the shorter one inside it", () => {
    // 冷凍牛肉 is frozen beef (0202), not also beef (0201).
    expect(inferHsCode(["冷凍牛肉"])).toBe("0202");
  });

  it("counts a purpose for little: a hinge for furniture is a hinge, brake pads for cars are auto parts", () => {
    expect(inferHsCode(["家具用蝶番"])).toBe("8302");
    expect(inferHsCode(["自転車用サドル"])).toBe("8714");
    expect(inferHsCode(["brake pads for cars"])).toBe("8708");
  });

  it("classifies a household metal article by its metal", () => {
    expect(inferHsCode(["ステンレス雪平鍋"])).toBe("7323");
    expect(inferHsCode(["アルミ製 雪平鍋"])).toBe("7615");
    expect(inferHsCode(["銅製 玉子焼き器"])).toBe("7418");
  });

  it("classifies tableware by the one material named", () => {
    expect(inferHsCode(["タンブラー"])).toBe("7013");
    expect(inferHsCode(["Stainless steel tumblers"])).toBe("7323");
    expect(inferHsCode(["Hasami porcelain mugs"])).toBe("6911");
  });

  it("takes the last goods word of a name as what is sold", () => {
    expect(inferHsCode(["Induction heating rice cooker"])).toBe("8516");
    expect(inferHsCode(["Desk fan"])).toBe("8414");
    expect(inferHsCode(["抹茶チョコレート"])).toBe("1806");
  });

  it("moves canned fish to prepared fish", () => {
    expect(inferHsCode(["鯖の缶詰"])).toBe("1604");
  });

  it("weighs every text and language together, whatever their order", () => {
    const texts = ["Culinary matcha powder", "抹茶（業務用）", "green tea"];
    expect(inferHsCode(texts)).toBe("0902");
    expect(inferHsCode([...texts].reverse())).toBe("0902");
  });

  it("is deterministic and ranks headings best first", () => {
    const texts = ["工业机器人减速机用精密齿轮"];
    const scores = scoreHsHeadings(texts);
    expect(scores[0]?.heading).toBe("8483");
    for (let i = 1; i < scores.length; i++) expect(scores[i - 1]!.score).toBeGreaterThanOrEqual(scores[i]!.score);
    expect(scoreHsHeadings(texts)).toEqual(scores);
  });

  it("only suggests headings the nomenclature ships", () => {
    const shipped = new Set(hsHeadings.map((h) => h.code));
    const unknown = hsKeywordTables.flatMap((table) => Object.keys(table)).filter((code) => !shipped.has(code));
    expect(unknown).toEqual([]);
  });
});

// Acceptance: every product and sourcing need of the shared sample, its code removed, inferred
// from its own texts. A hidden fixture in the same style checks that this generalizes.
type Localized = Partial<Record<string, string>>;
type Item = { ref?: string; name?: Localized; description?: Localized; keywords?: string[]; hsCode?: string };
type Company = { ref: string; products?: Item[]; needs?: Item[]; sourcingNeeds?: Item[] };

const texts = (value: Localized | undefined): string[] => Object.values(value ?? {}).filter((s): s is string => Boolean(s));

function sameHeading(code: string, inferred: string | null): boolean {
  if (!inferred) return false;
  return code.length === 2 ? inferred.slice(0, 2) === code : inferred === code.slice(0, 4);
}

describe("inference on the matching sample", () => {
  it("recovers at least 90% of the removed codes", () => {
    const file = path.resolve(process.cwd(), "../shared/fixtures/matching-sample.json");
    const sample = JSON.parse(readFileSync(file, "utf8")) as { companies: Company[] };
    const items = sample.companies.flatMap((c) =>
      [...(c.products ?? []), ...(c.needs ?? []), ...(c.sourcingNeeds ?? [])].filter((item) => item.hsCode).map((item) => ({ company: c.ref, item })),
    );
    expect(items.length).toBeGreaterThan(0);
    const misses = items
      .map(({ company, item }) => {
        const { hsCode, ...rest } = item;
        const inferred = inferHsCode([...texts(rest.name), ...texts(rest.description), ...(rest.keywords ?? [])]);
        return { company, ref: item.ref, expected: hsCode!, inferred };
      })
      .filter((r) => !sameHeading(r.expected, r.inferred));
    const ratio = (items.length - misses.length) / items.length;
    expect({ ratio: ratio >= 0.9, misses }).toEqual({ ratio: true, misses: ratio >= 0.9 ? misses : [] });
  });
});
