import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

const { ReplyRate } = await import("@/components/trust/reply-rate");
const { VerificationBadge } = await import("@/components/trust/verification-badge");
const { markItems } = await import("@/lib/trust/badge");

function render(locale: Locale, element: ReactElement): string {
  const props = { locale, messages: messagesFor(locale), timeZone: "Asia/Tokyo", children: element } as ComponentProps<typeof NextIntlClientProvider>;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, props))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("reply figures as a reader sees them", () => {
  it("shows the rate and the median in the reader's language", () => {
    const figures = { judged: 6, answeredInTime: 4, rate: 4 / 6, medianMinutes: 78 * 60 };
    expect(render("en", createElement(ReplyRate, { figures }))).toBe("Replies to 67% within 2 working days · median reply 3 days");
    expect(render("ja", createElement(ReplyRate, { figures: { ...figures, medianMinutes: 150 } }))).toBe("2営業日以内の返信率 67% · 返信までの中央値 3 時間");
    expect(render("zh", createElement(ReplyRate, { figures: { ...figures, medianMinutes: 40 } }))).toBe("2 个工作日内回复率 67% · 回复时间中位数 40 分钟");
  });

  it("shows a company without enough first messages as new", () => {
    expect(render("en", createElement(ReplyRate, { figures: { judged: 2, answeredInTime: 2, rate: null, medianMinutes: 30 } }))).toBe("New: no reply rate yet");
    expect(render("zh", createElement(ReplyRate, {}))).toBe("新用户（暂无回复率）");
  });
});

describe("the verification badge", () => {
  it("names the chamber and the date, and lists an expired certificate without its mark", () => {
    const items = markItems(
      [
        { kind: "registry_number", number: "7110001000001" },
        { kind: "haccp", documentId: "d1", issuer: "JHA", number: "JH-1", expiresOn: "2027-03-01" },
        { kind: "iso9001", documentId: "d2", issuer: "JQA", number: "Q-1", expiresOn: "2028-03-01" },
      ],
      new Date("2027-03-01T00:00:00+09:00"),
      "Asia/Tokyo",
    );
    const badge = {
      chamberName: { ja: "見附商工会議所", en: "Mitsuke Chamber of Commerce and Industry" },
      verifiedAt: new Date("2026-12-08T03:00:00Z"),
      items,
      dueAgainAt: new Date(),
    };
    const en = render("en", createElement(VerificationBadge, { badge }));
    expect(en).toContain("Verified by Mitsuke Chamber of Commerce and Industry on December 8, 2026");
    expect(en).toContain("✓ Registry number 7110001000001");
    expect(en).toContain("– HACCP JH-1 (JHA) (expired on Mar 1, 2027)");
    expect(en).toContain("✓ ISO 9001 Q-1 (JQA)");
    expect(render("ja", createElement(VerificationBadge, { badge }))).toContain("見附商工会議所が2026年12月8日に確認済み");
  });
});
