import { describe, expect, it } from "vitest";
import { notificationTypes } from "@/db/schema";
import { backoffMs } from "@/lib/notifications/deliver";
import { notificationDetail, notificationText, renderEmail } from "@/lib/notifications/render";
import { notificationPath, payloadKeys } from "@/lib/notifications/types";

const sample = {
  inquiryId: "i-1",
  offerId: "o-1",
  companyName: "ACME",
  subject: "Knit",
  title: "Yanji",
  targetName: "Stole",
  stage: "signed",
  decision: "approved",
  reason: "",
  count: 2,
};

describe("notification texts", () => {
  it("render every type in every language without a missing message or parameter", () => {
    for (const locale of ["ja", "zh", "en"]) {
      for (const type of notificationTypes) {
        const email = renderEmail({ locale, type, payload: sample, toEmail: "a@example.jp" });
        const inApp = notificationText(locale, type, sample);
        for (const text of [email.subject, email.text, inApp]) {
          expect(text, `${locale} ${type}`).not.toMatch(/notifications\.|\{|\}|undefined/);
        }
        for (const key of payloadKeys[type].filter((k) => ["companyName", "subject", "title", "targetName"].includes(k))) {
          expect(email.text, `${locale} ${type} ${key}`).toContain(String(sample[key as keyof typeof sample]));
        }
      }
    }
  });

  it("render an event with a missing payload key instead of failing", () => {
    expect(notificationText("en", "stage_changed", { subject: "Knit" })).toBe("“Knit” moved to: updated");
    expect(renderEmail({ locale: "ja", type: "inquiry_new", payload: {}, toEmail: "x@example.jp" }).subject).toBe("から新しい問い合わせ");
  });

  it("translate stages and decisions in the reader's language", () => {
    expect(notificationText("ja", "stage_changed", { subject: "包丁", stage: "samples_sent" })).toBe("「包丁」のステージが変わりました：サンプル送付済み");
    expect(notificationText("zh", "showroom_decision", { title: "延吉", decision: "declined" })).toBe("您在展厅“延吉”的参展申请未被接受");
  });

  it("counts batched messages in the subject", () => {
    const payload = { companyName: "ACME", subject: "Knit" };
    expect(renderEmail({ locale: "en", type: "message_new", payload: { ...payload, count: 1 }, toEmail: "a@b.jp" }).subject).toBe("New message in “Knit”");
    expect(renderEmail({ locale: "en", type: "message_new", payload: { ...payload, count: 4 }, toEmail: "a@b.jp" }).subject).toBe("4 new messages in “Knit”");
    expect(renderEmail({ locale: "zh", type: "message_new", payload: { ...payload, count: 4 }, toEmail: "a@b.jp" }).subject).toBe("“Knit”中有4条新消息");
  });
});

const knit = { ja: "見附ニット", zh: "见附针织", en: "Mitsuke Knit" };

describe("names", () => {
  it("read a company's stored Localized name in each reader's language, in the app and in email", () => {
    const payload = { inquiryId: "i-1", companyName: knit, subject: "Knit" };
    expect(notificationText("ja", "inquiry_new", payload)).toContain("見附ニット");
    expect(notificationText("zh", "inquiry_new", payload)).toContain("见附针织");
    expect(notificationText("en", "inquiry_new", payload)).toBe("Mitsuke Knit sent you an inquiry: “Knit”");
    const email = renderEmail({ locale: "zh", type: "inquiry_new", payload, toEmail: "a@b.cn" });
    expect(email.subject).toContain("见附针织");
    expect(`${email.subject}${email.text}${email.html}`).not.toMatch(/Mitsuke|見附|object Object/);
  });

  it("fall back to English, then Japanese, then Chinese when the reader's language is missing, and escape them in HTML", () => {
    expect(notificationText("ja", "meeting_requested", { companyName: { zh: "延边贸易", en: "Yanbian Trading" }, subject: "x" })).toContain("Yanbian Trading");
    expect(notificationText("zh", "meeting_requested", { companyName: { ja: "見附ニット" }, subject: "x" })).toContain("見附ニット");
    const html = renderEmail({
      locale: "en",
      type: "moderation_decision",
      payload: { targetName: { en: "<b>Stole</b>" }, decision: "approved" },
      toEmail: "a@b.jp",
    }).html;
    expect(html).toContain("&lt;b&gt;Stole&lt;/b&gt;");
    expect(html).not.toContain("<b>Stole</b>");
    // Rows written before names were stored Localized hold plain text, shown as it is.
    expect(notificationText("ja", "inquiry_new", { companyName: "Dalian Harbour Trading", subject: "包丁" })).toContain("Dalian Harbour Trading");
  });
});

describe("details", () => {
  it("give a moderator's reason and a chamber's note as separate lines, in the reader's language", () => {
    expect(
      notificationDetail("ja", "match_recommended", { chamberName: { ja: "見附商工会議所" }, companyName: knit, note: "延吉の展示会でお会いしました" }),
    ).toEqual(["コメント：延吉の展示会でお会いしました"]);
    expect(notificationDetail("en", "moderation_decision", { targetName: knit, decision: "unpublished", reason: "Counterfeit logo" })).toEqual([
      "Reason: Counterfeit logo",
    ]);
    expect(notificationDetail("en", "moderation_decision", { targetName: knit, decision: "approved", reason: "" })).toEqual([]);
    const email = renderEmail({
      locale: "zh",
      type: "match_recommended",
      payload: { chamberName: { ja: "見附商工会議所", zh: "见附商工会议所" }, companyName: knit, note: "请联系王经理" },
      toEmail: "a@b.cn",
    });
    expect(email.subject).toBe("见附商工会议所向您推荐：见附针织");
    expect(email.text).toContain("留言：请联系王经理");
    expect(email.html).toContain("<p>留言：请联系王经理</p>");
  });
});

describe("email bodies", () => {
  it("escape user text in the HTML body and keep line breaks out of the subject", () => {
    const email = renderEmail(
      {
        locale: "en",
        type: "inquiry_new",
        payload: { inquiryId: 'x"><script>', companyName: "<img src=x onerror=alert(1)>", subject: "a\r\nBcc: victim@example.com" },
        toEmail: "a@b.jp",
        recipientName: "Tom & Jerry",
      },
      "https://kakehashi.example",
    );
    expect(email.html).not.toContain("<img");
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(email.html).toContain("Tom &amp; Jerry");
    expect(email.html).toContain('href="https://kakehashi.example/en/inquiries/x%22%3E%3Cscript%3E"');
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it("link to the settings page in the email's language", () => {
    expect(renderEmail({ locale: "zh", type: "match_recommended", payload: { companyName: "A" }, toEmail: "a@b.jp" }, "https://k.example").text).toContain(
      "https://k.example/zh/settings/notifications",
    );
  });
});

describe("links", () => {
  it("lead to the thing the notification is about, and never off the site", () => {
    expect(notificationPath("message_new", { inquiryId: "abc" })).toBe("/inquiries/abc");
    expect(notificationPath("match_recommended", {})).toBe("/matches");
    expect(notificationPath("showroom_application", { offerId: "o1" })).toBe("/showrooms/o1");
    expect(notificationPath("moderation_decision", { productId: "p1" })).toBe("/company/products/p1");
    expect(notificationPath("moderation_decision", { path: "/admin/companies/c1" })).toBe("/admin/companies/c1");
    expect(notificationPath("moderation_decision", { path: "//evil.example" })).toBe("/company");
    expect(notificationPath("moderation_decision", { path: "https://evil.example" })).toBe("/company");
  });
});

describe("retry backoff", () => {
  it("doubles from one minute and stops at six hours", () => {
    expect([1, 2, 3, 9, 20].map((n) => backoffMs(n) / 60_000)).toEqual([1, 2, 4, 256, 360]);
  });
});

describe("meeting emails", () => {
  it("give the accepted slot in Japanese and Chinese time", () => {
    const email = renderEmail({
      locale: "en",
      type: "meeting_accepted",
      payload: { companyName: "A", subject: "Knit", slot: "2026-12-01T01:00:00.000Z" },
      toEmail: "a@b.jp",
    });
    // ICU versions differ in the space before AM (U+202F or U+0020).
    expect(email.text.replace(/\u202f/g, " ")).toContain("Time: Dec 1, 2026, 10:00 AM Japan / Dec 1, 2026, 9:00 AM China");
    expect(renderEmail({ locale: "ja", type: "meeting_accepted", payload: { slot: "not a date" }, toEmail: "a@b.jp" }).text).not.toContain("日時");
  });
});
