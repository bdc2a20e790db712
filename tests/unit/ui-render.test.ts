import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";

vi.mock("@/lib/i18n/navigation", async () => {
  const react = await import("react");
  return { Link: ({ href, children }: { href: string; children: unknown }) => react.createElement("a", { href }, children as never), usePathname: () => "/" };
});

const { ChamberAdminForm } = await import("@/components/admin/chamber-forms");
const { PriceRange } = await import("@/components/catalog/price-range");

function render(locale: Locale, element: ReactElement): string {
  const props = { locale, messages: messagesFor(locale), timeZone: "Asia/Tokyo", children: element } as ComponentProps<typeof NextIntlClientProvider>;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, props))
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");
}

describe("what issue 12 found worded wrong", () => {
  it("labels the name field of the new chamber admin form as the administrator's, not the reader's", () => {
    const text = render("en", createElement(ChamberAdminForm, { action: async () => ({ ok: true }), chambers: [{ value: "c1", label: "Mitsuke" }] }));
    expect(text).toContain("Administrator's name");
    expect(text).not.toContain("Your name");
  });

  it("writes the approximate yuan as 「86.4元」 in Japanese, not 「元 86.4」", () => {
    const ja = render("ja", createElement(PriceRange, { min: 1800, max: 1800, rate: 0.048 }));
    expect(ja).toContain("（約 86.4元）");
    expect(ja).not.toContain("元 86");
    expect(render("zh", createElement(PriceRange, { min: 1800, max: 1800, rate: 0.048 }))).toContain("（约 ¥86.4）");
    expect(render("en", createElement(PriceRange, { min: 1800, max: 1800, rate: 0.048 }))).toContain("(≈ CN¥86.4)");
  });

  it("says a match's company is an approved chamber member, keeping 推薦 for a chamber's recommendation", () => {
    const ja = translatorFor("ja");
    for (const key of ["matching.reasons.chamber_sme", "matching.reasons.chamber_distributor"] as const) {
      expect(ja(key)).toContain("会員");
      expect(ja(key)).not.toContain("推薦");
    }
    expect(ja("matchesPage.recommendedBy", { chamber: "見附商工会議所" })).toContain("推薦");
  });
});
