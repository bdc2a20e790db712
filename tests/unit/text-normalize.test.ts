import { describe, expect, it } from "vitest";
import { normalizeText, stemWord, textTokens } from "@/lib/text/normalize";

describe("normalizeText", () => {
  it("maps Japanese 針織 and Chinese 针织 to the same string", () => {
    expect(normalizeText("針織")).toBe("针织");
    expect(normalizeText("针织")).toBe("针织");
  });

  it("maps 電子 and 电子 to the same string", () => {
    expect(normalizeText("電子")).toBe(normalizeText("电子"));
  });

  it("maps the shinjitai 薬 to the Simplified 药", () => {
    expect(normalizeText("薬")).toBe("药");
  });

  it("maps Traditional forms to Simplified", () => {
    expect(normalizeText("醬油")).toBe("酱油");
    expect(normalizeText("國際貿易")).toBe("国际贸易");
  });

  it("folds the Japanese phrase 発酵 to the everyday Chinese 发酵", () => {
    expect(normalizeText("発酵食品")).toBe("发酵食品");
  });

  it("turns full-width digits and letters into half-width lower case", () => {
    expect(normalizeText("０１２")).toBe("012");
    expect(normalizeText("ＡＢＣ")).toBe("abc");
  });

  it("turns half-width katakana into full-width", () => {
    expect(normalizeText("ﾀｵﾙ")).toBe("タオル");
  });

  it("collapses whitespace, including the ideographic space", () => {
    expect(normalizeText("  Knit\u3000 Sweater \n")).toBe("knit sweater");
  });

  it("converts only the Han characters of mixed text", () => {
    expect(normalizeText("Ｎｏ.１ 電子レンジ Microwave")).toBe("no.1 电子レンジ microwave");
  });
});

describe("textTokens", () => {
  it("gives ja and zh spellings of the same Han word the same bigrams", () => {
    expect(textTokens("針織衫")).toEqual(textTokens("针织衫"));
    expect(textTokens("针织衫")).toEqual(["针织", "织衫"]);
  });

  it("keeps a one-character Han run as itself", () => {
    expect(textTokens("薬")).toEqual(["药"]);
  });

  it("keeps a katakana run whole and adds its bigrams", () => {
    expect(textTokens("タオル")).toEqual(["タオル", "タオ", "オル"]);
  });

  it("splits runs by script so no bigram spans Han and kana", () => {
    expect(textTokens("醤油せんべい")).toEqual(["酱油", "せん", "んべ", "べい"]);
  });

  it("keeps Latin words and numbers, lower-cased and without plural endings", () => {
    expect(textTokens("Knit Sweaters, ０１２ boxes")).toEqual(["knit", "sweater", "012", "box"]);
  });

  it("tokenizes mixed scripts in one string", () => {
    expect(textTokens("Imabari タオル 毛巾")).toEqual(["imabari", "タオル", "タオ", "オル", "毛巾"]);
  });

  it("returns no tokens for punctuation only", () => {
    expect(textTokens(" ・、。!? ")).toEqual([]);
  });
});

describe("stemWord", () => {
  it("folds regular plurals", () => {
    expect(stemWord("towels")).toBe("towel");
    expect(stemWord("dishes")).toBe("dish");
    expect(stemWord("glasses")).toBe("glass");
  });

  it("gives cookie and cookies the same stem", () => {
    expect(stemWord("cookies")).toBe(stemWord("cookie"));
  });

  it("leaves short words and words ending in ss or us alone", () => {
    expect(stemWord("gas")).toBe("gas");
    expect(stemWord("glass")).toBe("glass");
    expect(stemWord("citrus")).toBe("citrus");
  });
});
