import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { HsCode } from "@/components/catalog/hs-code";
import { LocalizedText } from "@/components/localized-text";
import { PriceRange } from "@/components/catalog/price-range";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

function render(locale: Locale, element: ReactElement): string {
  // The provider's props type requires children, which createElement takes as its third argument.
  const props = { locale, messages: messagesFor(locale), timeZone: "Asia/Tokyo" } as unknown as ComponentProps<typeof NextIntlClientProvider>;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, props, element));
}

describe("catalog display", () => {
  it("shows Japanese text to a Chinese reader with its lang and a translated fallback mark", () => {
    const html = render("zh", createElement(LocalizedText, { value: { ja: "ニットセーター" }, as: "h1" }));
    expect(html).toContain('<span lang="ja">ニットセーター</span>');
    expect(html).toContain('data-testid="fallback-mark"');
    expect(html).toContain("原文：日语");
  });

  it("shows the reader's own language without a mark", () => {
    const html = render("en", createElement(LocalizedText, { value: { ja: "ニットセーター", en: "Knit sweater" } }));
    expect(html).toContain('<span lang="en">Knit sweater</span>');
    expect(html).not.toContain("fallback-mark");
  });

  it("names the HS heading in the reader's language and marks an inferred code as suggested", () => {
    const own = render("zh", createElement(HsCode, { code: "611011", inferred: null }));
    expect(own).toContain("6110.11");
    expect(own).toMatch(/data-testid="hs-name">[^<]*针织/);
    expect(own).not.toContain("hs-suggested");
    const inferred = render("ja", createElement(HsCode, { code: null, inferred: "6110" }));
    expect(inferred).toMatch(/data-testid="hs-suggested"[^>]*>推定</);
  });

  it("formats a yen range with its approximate yuan per locale", () => {
    const en = render("en", createElement(PriceRange, { min: 4800, max: 6200, rate: 0.048 }));
    expect(en).toContain("¥4,800 – ¥6,200");
    expect(en).toContain("(≈ CN¥230 – CN¥298)");
    const ja = render("ja", createElement(PriceRange, { min: 4800, max: null, rate: 0.05 }));
    expect(ja).toContain("￥4,800～");
    expect(ja).toContain("（約 240元～）");
    const zh = render("zh", createElement(PriceRange, { min: 1000, max: 1000, rate: 0.048 }));
    expect(zh).toContain("JP¥1,000");
    expect(zh).toContain("（约 ¥48）");
  });

  it("shows the yen alone when asked, with a one-sided range as from or up to", () => {
    const ja = render("ja", createElement(PriceRange, { min: 4800, max: 6200, yuan: false }));
    expect(ja).toContain("￥4,800～￥6,200");
    expect(ja).not.toContain("約");
    expect(render("en", createElement(PriceRange, { min: null, max: 6200, yuan: false }))).toContain("up to ¥6,200");
    expect(render("zh", createElement(PriceRange, { min: 4800, max: null, yuan: false }))).toContain("JP¥4,800 起");
  });
});
