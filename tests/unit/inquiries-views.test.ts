import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { prerenderToNodeStream } from "react-dom/static";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import type { Company, Meeting } from "@/db/schema";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

// The server components read translations from next-intl/server; give them a fixed locale.
const intl = vi.hoisted(() => ({ locale: "en" as "en" | "ja" }));
vi.mock("next-intl/server", async () => {
  const catalogues = { en: (await import("@/messages/en.json")).default, ja: (await import("@/messages/ja.json")).default };
  const { createTranslator: translator, createFormatter: formatter } = await import("next-intl");
  return {
    getTranslations: async (namespace?: string) => translator({ locale: intl.locale, messages: catalogues[intl.locale], namespace: namespace as never }),
    getFormatter: async () => formatter({ locale: intl.locale, timeZone: "Asia/Tokyo" }),
    getLocale: async () => intl.locale,
  };
});

// next-intl's Link needs Next's router; a plain anchor with the locale prefix stands in for it.
vi.mock("@/lib/i18n/navigation", async () => {
  const { createElement: h } = await import("react");
  return {
    Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => h("a", { href: `/${intl.locale}${href}`, ...rest }, children),
  };
});

const { MeetingList } = await import("@/components/inquiries/meeting-list");
const { Timeline } = await import("@/components/inquiries/timeline");
const { MessageList } = await import("@/components/inquiries/message-list");
const { ThreadTable } = await import("@/components/inquiries/thread-table");

type Provider = ComponentProps<typeof NextIntlClientProvider>;

function provider(node: ReactNode, locale: "en" | "ja") {
  const config: Omit<Provider, "children"> = { locale, messages: locale === "en" ? en : ja, timeZone: "Asia/Tokyo" };
  return createElement(NextIntlClientProvider, config as Provider, node);
}

function render(node: ReactNode, locale: "en" | "ja" = "en") {
  return renderToStaticMarkup(provider(node, locale));
}

/** For trees that hold async server components (LocalizedText): waits for them to resolve. */
async function renderAsync(node: ReactNode, locale: "en" | "ja" = "en") {
  const { prelude } = await prerenderToNodeStream(provider(node, locale));
  let html = "";
  for await (const chunk of prelude) html += chunk.toString();
  return html;
}

const sme = { id: "11111111-1111-4111-8111-111111111111", name: { ja: "見附ニット", en: "Mitsuke Knit" } } as Company;
const distributor = { id: "22222222-2222-4222-8222-222222222222", name: { zh: "延边贸易" } } as Company;
const answer = async () => ({ ok: true });

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: "33333333-3333-4333-8333-333333333333",
    inquiryId: "44444444-4444-4444-8444-444444444444",
    proposedBy: null,
    proposedByCompanyId: sme.id,
    mode: "online",
    location: "https://meet.example.jp/abc",
    durationMinutes: 60,
    slots: [new Date("2026-12-01T01:00:00Z"), new Date("2026-12-02T06:30:00Z")],
    acceptedSlot: null,
    status: "proposed",
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
}

describe("meeting list", () => {
  it("shows every slot in Japan and China time and offers the other company one button per slot", async () => {
    intl.locale = "en";
    const html = render(await MeetingList({ meetings: [meeting()], companies: [sme, distributor], answeringCompanyId: distributor.id, answer }));
    expect(html).toContain("Option 1: Tue, Dec 1, 2026 10:00 JST / 09:00 CST");
    expect(html).toContain("Option 2: Wed, Dec 2, 2026 15:30 JST / 14:30 CST");
    expect(html).toContain(">Accept option 1</button>");
    expect(html).toContain(">Accept option 2</button>");
    expect(html).toContain("Proposed by Mitsuke Knit");
    expect(html).toContain('<a href="https://meet.example.jp/abc" rel="noopener noreferrer nofollow"');
  });

  it("lets the proposing company only wait, and a confirmed meeting offer its .ics", async () => {
    intl.locale = "ja";
    const waiting = render(await MeetingList({ meetings: [meeting()], companies: [sme, distributor], answeringCompanyId: sme.id, answer }), "ja");
    expect(waiting).not.toContain("<button");
    expect(waiting).toContain("相手企業が日時を選ぶのを待っています。");
    expect(waiting).toMatch(/候補1：2026\S+ 10:00 JST \/ 09:00 CST/);
    const confirmed = render(
      await MeetingList({
        meetings: [meeting({ status: "accepted", acceptedSlot: new Date("2026-12-02T06:30:00Z") })],
        companies: [sme, distributor],
        answeringCompanyId: distributor.id,
        answer,
      }),
      "ja",
    );
    expect(confirmed).toContain("15:30 JST / 14:30 CST");
    expect(confirmed).toContain('href="/api/meetings/33333333-3333-4333-8333-333333333333/ics"');
    expect(confirmed).not.toContain("<button");
  });
});

describe("cancelling in the meeting list", () => {
  const cancel = async () => ({ ok: true });
  const before = new Date("2026-11-20T00:00:00Z");

  it("offers the proposer to cancel its proposal, the other company only its answers", async () => {
    intl.locale = "en";
    const proposer = render(
      await MeetingList({ meetings: [meeting()], companies: [sme, distributor], answeringCompanyId: sme.id, answer, cancel, now: before }),
    );
    expect(proposer).toContain(">Cancel this proposal</summary>");
    expect(proposer).toContain('name="reason"');
    expect(proposer).toContain(">Cancel the proposal</button>");
    const other = render(
      await MeetingList({ meetings: [meeting()], companies: [sme, distributor], answeringCompanyId: distributor.id, answer, cancel, now: before }),
    );
    expect(other).not.toContain("meeting-cancel");
    expect(other).toContain(">Decline</button>");
  });

  it("offers both companies to cancel a confirmed meeting until it starts, and nobody on a read-only thread", async () => {
    intl.locale = "ja";
    const confirmed = meeting({ status: "accepted", acceptedSlot: new Date("2026-12-02T06:30:00Z") });
    for (const company of [sme, distributor]) {
      const html = render(
        await MeetingList({ meetings: [confirmed], companies: [sme, distributor], answeringCompanyId: company.id, answer, cancel, now: before }),
        "ja",
      );
      expect(html).toContain(">この面談を取り消す</summary>");
      expect(html).toContain("理由（任意）");
    }
    const started = render(
      await MeetingList({
        meetings: [confirmed],
        companies: [sme, distributor],
        answeringCompanyId: sme.id,
        answer,
        cancel,
        now: new Date("2026-12-02T06:30:00Z"),
      }),
      "ja",
    );
    expect(started).not.toContain("meeting-cancel");
    const readOnly = render(await MeetingList({ meetings: [confirmed], companies: [sme, distributor], answer, cancel, now: before }), "ja");
    expect(readOnly).not.toContain("meeting-cancel");
  });

  it("shows a cancelled confirmed meeting struck through with its calendar cancellation, and nothing to act on", async () => {
    intl.locale = "en";
    const html = render(
      await MeetingList({
        meetings: [meeting({ status: "cancelled", acceptedSlot: new Date("2026-12-02T06:30:00Z") })],
        companies: [sme, distributor],
        answeringCompanyId: distributor.id,
        answer,
        cancel,
        now: before,
      }),
    );
    expect(html).toContain('data-status="cancelled"');
    expect(html).toContain(">Cancelled</span>");
    expect(html).toMatch(/data-testid="meeting-was-confirmed"[^>]*line-through[^>]*>Was confirmed for Wed, Dec 2, 2026 15:30 JST \/ 14:30 CST</);
    expect(html).toContain('data-testid="meeting-ics-cancel"');
    expect(html).toContain(">Remove from calendar (.ics cancellation)</a>");
    expect(html).not.toContain('data-testid="meeting-confirmed"');
    expect(html).not.toContain("<button");
    expect(html).not.toContain('meeting-cancel"');
  });
});

describe("timeline", () => {
  it("tells stage changes with their reason and accepted meetings in both zones", async () => {
    intl.locale = "en";
    const at = new Date("2026-11-20T03:00:00Z");
    const html = render(
      await Timeline({
        events: [
          { id: 1, type: "opened", data: { source: "product" }, actorName: "Wang", createdAt: at },
          { id: 2, type: "stage_changed", data: { from: "negotiating", to: "closed", reason: "Price <too> high" }, actorName: null, createdAt: at },
          { id: 3, type: "meeting_accepted", data: { meetingId: "x", slot: "2026-12-01T01:00:00.000Z" }, actorName: "Sato", createdAt: at },
          { id: 4, type: "unknown_kind", data: {}, actorName: "Sato", createdAt: at },
        ],
      }),
    );
    expect(html).toContain("Wang opened the inquiry");
    expect(html).toContain("Someone moved the deal from Negotiating to Closed");
    expect(html).toContain("Reason: Price &lt;too&gt; high");
    expect(html).toContain("Sato accepted a meeting: Tue, Dec 1, 2026 10:00 JST / 09:00 CST");
    expect(html.match(/data-testid="timeline-event"/g)).toHaveLength(3);
  });

  it("tells a cancelled meeting with its time and reason, and a cancelled proposal", async () => {
    intl.locale = "ja";
    const at = new Date("2026-11-20T03:00:00Z");
    const html = render(
      await Timeline({
        events: [
          {
            id: 1,
            type: "meeting_cancelled",
            data: { meetingId: "x", was: "accepted", slot: "2026-12-01T01:00:00.000Z", reason: "社長が出張のため" },
            actorName: "佐藤",
            createdAt: at,
          },
          { id: 2, type: "meeting_cancelled", data: { meetingId: "y", was: "proposed" }, actorName: "王", createdAt: at },
        ],
      }),
      "ja",
    );
    expect(html).toMatch(/佐藤さんが2026\S+ 10:00 JST \/ 09:00 CSTの面談を取り消しました/);
    expect(html).toContain("理由：社長が出張のため");
    expect(html).toContain("王さんが面談の提案を取り消しました");
    expect(html.match(/data-type="meeting_cancelled"/g)).toHaveLength(2);
  });
});

describe("messages", () => {
  it("marks each message with its side, links its attachments and escapes its text", async () => {
    intl.locale = "en";
    const at = new Date("2026-11-20T03:00:00Z");
    const html = render(
      await MessageList({
        messages: [
          { id: "m1", authorName: "Wang", authorSide: "distributor", body: "<b>Hello</b> https://yanbian.example.cn", createdAt: at, mine: false },
          { id: "m2", authorName: "Mitsuke CCI", authorSide: "chamber", body: "", createdAt: at, mine: true },
        ],
        attachments: [{ id: "a1", messageId: "m2", fileName: "見積書.pdf", mime: "application/pdf", size: 2_500_000 }],
      }),
    );
    expect(html).toContain('&lt;b&gt;Hello&lt;/b&gt; <a href="https://yanbian.example.cn/"');
    expect(html).toContain('data-side="chamber"');
    expect(html).toContain("Chamber coordinator");
    expect(html).toContain("(you)");
    expect(html).toContain('href="/api/attachments/a1"');
    expect(html).toContain("2.4 MB");
  });

  it("writes the reader's own brackets and file sizes", async () => {
    intl.locale = "ja";
    const at = new Date("2026-11-20T03:00:00Z");
    const html = render(
      await MessageList({
        messages: [{ id: "m1", authorName: "佐藤", authorSide: "sme", body: "資料です", createdAt: at, mine: true }],
        attachments: [
          { id: "a1", messageId: "m1", fileName: "見積書.pdf", mime: "application/pdf", size: 2_500_000 },
          { id: "a2", messageId: "m1", fileName: "地図.png", mime: "image/png", size: 300_000 },
        ],
      }),
      "ja",
    );
    expect(html).toContain("（あなた）");
    expect(html).not.toContain("(あなた)");
    expect(html).toContain("2.4 MB");
    expect(html).toContain("293 KB");
  });
});

describe("thread table", () => {
  it("shows a member the other company, the stage and the unread count", async () => {
    intl.locale = "en";
    const row = {
      id: "i1",
      subject: "Knitwear",
      stage: "samples_sent" as const,
      lastMessageAt: new Date("2026-11-20T03:00:00Z"),
      smeId: sme.id,
      smeName: sme.name,
      distributorId: distributor.id,
      distributorName: distributor.name,
      unread: 2,
      contactEnded: true,
    };
    const html = await renderAsync(await ThreadTable({ rows: [row], locale: "en", ownCompanyId: sme.id }));
    expect(html).toContain("延边贸易");
    expect(html).not.toContain("Mitsuke Knit");
    expect(html).toContain("2 unread");
    expect(html).toContain("Samples sent");
    expect(html).toContain("Contact ended");
    expect(html).toContain('href="/en/inquiries/i1"');
  });
});

describe("slot input", () => {
  it("echoes a distributor's China-time entry in both zones as it is typed", async () => {
    const { SlotInput } = await import("@/components/inquiries/slot-input");
    const html = render(createElement(SlotInput, { n: 2, zone: "Asia/Shanghai", zoneLabel: "CST", min: "2026-11-01T00:00", defaultValue: "2026-12-01T09:00" }));
    expect(html).toContain('<label for="slot2" class="text-sm font-medium text-stone-800">Option 2 (CST)</label>');
    expect(html).toContain('name="slot2"');
    expect(html).toContain(">Tue, Dec 1, 2026 10:00 JST / 09:00 CST</p>");
  });
});
