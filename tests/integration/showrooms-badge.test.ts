import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { DisplayBadge } from "@/components/showrooms/display-badge";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { DisplayBadgeData } from "@/lib/showrooms/state";

type Provider = ComponentProps<typeof NextIntlClientProvider>;

const yanji: DisplayBadgeData = {
  place: "延吉",
  region: "CN-JL",
  startsOn: "2026-12-01",
  endsOn: "2027-03-31",
  companyName: { zh: "延边大洋商贸", en: "Yanbian Dayang" },
};

/** The badge's markup in a page whose zone lies behind UTC, which must not shift the calendar days. */
function markup(locale: Locale, now: string, badge: DisplayBadgeData = yanji): string {
  const children = createElement(DisplayBadge, { badge, locale, now: new Date(now) });
  const config: Omit<Provider, "children"> = { locale, messages: messagesFor(locale), timeZone: "America/Los_Angeles" };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, config as Provider, children));
}

/** The badge's text as a reader sees it. */
function render(locale: Locale, now: string, badge: DisplayBadgeData = yanji): string {
  return markup(locale, now, badge)
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ");
}

describe("display badge", () => {
  it("says where and when a product is on display, in the reader's language", () => {
    expect(render("ja", "2027-01-15T00:00:00Z")).toBe("延吉で展示中·2026/12/01～2027/03/31");
    expect(render("zh", "2027-01-15T00:00:00Z")).toBe("延吉展示中·2026/12/1 – 2027/3/31");
    expect(render("en", "2027-01-15T00:00:00Z", { ...yanji, place: "Yanji" })).toBe("On display in Yanji·Dec 1, 2026 – Mar 31, 2027");
  });

  it("announces an upcoming display and names the distributor in the title", () => {
    expect(render("en", "2026-11-23T00:00:00Z", { ...yanji, place: "Yanji" })).toMatch(/^Soon on display in Yanji·/);
    const html = markup("zh", "2027-01-15T00:00:00Z");
    expect(html).toContain('data-testid="display-badge"');
    expect(html).toContain('title="延边大洋商贸"');
  });
});
