import { describe, expect, it } from "vitest";
import { allTexts, pickLocalized } from "@/lib/i18n/localized";

describe("pickLocalized", () => {
  it("shows the reader's own language when present", () => {
    expect(pickLocalized({ ja: "ニットセーター", zh: "针织衫" }, "zh")).toEqual({ text: "针织衫", lang: "zh", isFallback: false });
  });

  it("falls back to en, then ja, then zh and marks the fallback", () => {
    expect(pickLocalized({ ja: "ニット", en: "Knit" }, "zh")).toEqual({ text: "Knit", lang: "en", isFallback: true });
    expect(pickLocalized({ zh: "针织", ja: "ニット" }, "en")).toEqual({ text: "ニット", lang: "ja", isFallback: true });
    expect(pickLocalized({ zh: "针织" }, "ja")).toEqual({ text: "针织", lang: "zh", isFallback: true });
  });

  it("skips blank texts and returns nothing for an empty value", () => {
    expect(pickLocalized({ en: "  ", ja: "見附" }, "en")?.text).toBe("見附");
    expect(pickLocalized(null, "en")).toBeUndefined();
    expect(allTexts({ en: "a", ja: " ", zh: "b" })).toEqual(["a", "b"]);
  });
});
