import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { ApplyForm } from "@/components/showrooms/apply-form";
import { OfferForm } from "@/components/showrooms/offer-form";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

type Provider = ComponentProps<typeof NextIntlClientProvider>;
const noop = async () => ({ ok: true });

function html(locale: Locale, node: ReactNode): string {
  const config: Omit<Provider, "children"> = { locale, messages: messagesFor(locale), timeZone: "Asia/Tokyo" };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, config as Provider, node));
}

/** The visible label texts of a form, which the e2e journeys select fields by. */
function labels(markup: string): string[] {
  return [...markup.matchAll(/<(?:label|legend)[^>]*>(.*?)<\/(?:label|legend)>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, "").trim());
}

describe("showroom forms", () => {
  it("labels every field of the offer form in the reader's language and offers China's provinces", () => {
    const markup = html("ja", createElement(OfferForm, { action: noop, regions: [{ value: "CN-JL", label: "吉林省" }] }));
    expect(labels(markup)).toEqual([
      "タイトル（いずれか1言語以上）",
      "日本語",
      "中国語",
      "英語",
      "説明",
      "日本語",
      "中国語",
      "英語",
      "場所",
      "省・直轄市",
      "開始日",
      "終了日",
      "広さ（m²）",
      "出展料（円）",
      "受け付けるHS品目",
    ]);
    expect(markup).toContain('<option value="CN-JL">吉林省</option>');
    // The action takes the reader's language from the page it is posted from, not from a hidden field.
    expect(markup).not.toContain('name="locale"');
  });

  it("offers the SME's products as checkboxes with the offer id and a hint for those outside the categories", () => {
    const products = [
      { id: "p-1", ref: "K-1", label: "メリノニット" },
      { id: "p-2", ref: "S-1", label: "純米吟醸", note: "受付品目外" },
    ];
    const markup = html("ja", createElement(ApplyForm, { action: noop, offerId: "o-1", products }));
    expect(labels(markup)).toEqual(["展示する製品", "メリノニットK-1", "純米吟醸S-1受付品目外", "ディストリビューターへのメッセージ（任意）"]);
    const boxes = [...markup.matchAll(/<input type="checkbox"[^>]*name="productIds" value="([^"]+)"/g)].map((m) => m[1]);
    expect(boxes).toEqual(["p-1", "p-2"]);
    expect(markup).toContain('name="offerId" value="o-1"');
  });
});
