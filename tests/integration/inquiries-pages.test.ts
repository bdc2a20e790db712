import type { ComponentProps, ReactNode } from "react";
import { createElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import type { User } from "@/db/schema";
import en from "@/messages/en.json";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// Pages read translations through next-intl/server, which needs Next's request scope; the same
// catalogue is served directly. Links become plain anchors with the locale prefix.
vi.mock("next-intl/server", async () => (await import("../support/intl-server")).intlServerFor({ locale: "en" }));
vi.mock("@/lib/i18n/navigation", async () => {
  const { createElement: h } = await import("react");
  return {
    Link: ({ href, children, ...rest }: { href: string | { pathname: string }; children: ReactNode }) =>
      h("a", { href: `/en${typeof href === "string" ? href : href.pathname}`, ...rest }, children),
    redirect: ({ href }: { href: unknown }) => {
      throw Object.assign(new Error("redirect"), { href });
    },
  };
});

const { openInquiryAction } = await import("@/app/[locale]/inquiries/new/actions");
const thread = await import("@/app/[locale]/inquiries/[id]/actions");
const { default: ThreadPage } = await import("@/app/[locale]/inquiries/[id]/page");
const { default: NewInquiryPage } = await import("@/app/[locale]/inquiries/new/page");
const { default: InboxPage } = await import("@/app/[locale]/inbox/page");
const { default: DealsPage } = await import("@/app/[locale]/chamber/deals/page");
const { unreadCount } = await import("@/lib/inquiries/unread");

withTestDatabase();

type Provider = ComponentProps<typeof NextIntlClientProvider>;

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

async function html(page: Promise<ReactNode>): Promise<string> {
  const config: Omit<Provider, "children"> = { locale: "en", messages: en, timeZone: "Asia/Tokyo" };
  const { prelude } = await prerenderToNodeStream(createElement(NextIntlClientProvider, config as Provider, await page));
  let out = "";
  for await (const chunk of prelude) out += chunk.toString();
  return out;
}

async function world() {
  const chamber = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const smeUser = await insertUser({ role: "sme", name: "Sato" });
  const sme = await insertCompany({ kind: "sme", chamberId: chamber.id, name: { ja: "見附ニット", en: "Mitsuke Knit" } }, smeUser);
  const distUser = await insertUser({ role: "distributor", name: "Wang" });
  const dist = await insertCompany({ kind: "distributor", name: { zh: "延边贸易", en: "Yanbian Trading" } }, distUser);
  const coordinator = await insertUser({ role: "chamber_admin", chamberId: chamber.id, name: "Mitsuke CCI" });
  signIn(distUser);
  const opened = await openInquiryAction(
    undefined,
    pageForm("en", { to: sme.id, source: "profile", subject: "Knitwear for Yanji", body: "Hello, see https://yanbian.example.cn <script>x</script>" }),
  ).catch((e) => e);
  const id = (opened as { digest: string }).digest.split(";")[2]!.split("/").pop()!;
  return { chamber, smeUser, sme, distUser, dist, coordinator, id };
}

const threadPage = (id: string) => html(ThreadPage({ params: Promise.resolve({ locale: "en" as const, id }) }));

describe("thread page", () => {
  it("shows a member the messages, the stage control, the meeting form and the block button, and marks the thread read", async () => {
    const w = await world();
    signIn(w.smeUser);
    expect(await unreadCount(w.smeUser)).toBe(1);
    const page = await threadPage(w.id);
    expect(page).toContain("Knitwear for Yanji");
    expect(page).toContain("Mitsuke Knit × Yanbian Trading");
    expect(page).toContain('<a href="https://yanbian.example.cn/" rel="noopener noreferrer nofollow"');
    expect(page).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(page).toContain('data-testid="deal-stage" data-stage="new"');
    for (const testId of ["message-form", "stage-form", "meeting-form", "block-panel"]) expect(page).toContain(`data-testid="${testId}"`);
    expect(page).toContain("Coordinated by Mitsuke Chamber of Commerce and Industry");
    expect(page).toContain("Option 1 (JST)");
    expect(page).toContain("Two or three options, in Japan time (JST).");
    expect(await unreadCount(w.smeUser)).toBe(0);
  });

  it("shows contact ended and no way to write once either company blocked the other", async () => {
    const w = await world();
    signIn(w.distUser);
    await thread.blockCompanyAction(undefined, pageForm("en", { inquiryId: w.id }));
    signIn(w.smeUser);
    const page = await threadPage(w.id);
    expect(page).toContain("Contact ended. No new messages, meetings or inquiries are possible between these two companies.");
    expect(page).toContain("Closed: contact ended");
    for (const testId of ["message-form", "stage-form", "meeting-form", "block-panel"]) expect(page).not.toContain(`data-testid="${testId}"`);
    signIn(w.distUser);
    const blocker = await threadPage(w.id);
    expect(blocker).toContain("Your company blocked this company.");
    expect(blocker).toContain(">Lift the block</button>");
  });

  it("lets the coordinator write but not propose meetings or block, and a platform admin only read", async () => {
    const w = await world();
    signIn(w.coordinator);
    const coordinator = await threadPage(w.id);
    expect(coordinator).toContain("You take part as the chamber coordinator");
    expect(coordinator).toContain('data-testid="message-form"');
    expect(coordinator).toContain('data-testid="stage-form"');
    expect(coordinator).not.toContain('data-testid="meeting-form"');
    expect(coordinator).not.toContain('data-testid="block-panel"');
    const platform = await insertUser({ role: "platform_admin" });
    signIn(platform);
    const observer = await threadPage(w.id);
    expect(observer).toContain("You can read this thread as a platform administrator, but not write in it.");
    expect(observer).not.toContain('data-testid="message-form"');
  });

  it("lets either company cancel a confirmed meeting, not the coordinator, and then shows it cancelled with its reason", async () => {
    const w = await world();
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    signIn(w.distUser);
    await thread.proposeMeetingAction(
      undefined,
      pageForm("en", { inquiryId: w.id, mode: "online", durationMinutes: "60", slot1: `${inDays(10)}T10:00`, slot2: `${inDays(11)}T10:00` }),
    );
    const proposer = await threadPage(w.id);
    expect(proposer).toContain(">Cancel this proposal</summary>");
    const meetingId = proposer.match(/name="meetingId" value="([0-9a-f-]{36})"/)![1]!;
    signIn(w.smeUser);
    await thread.answerMeetingAction(undefined, pageForm("en", { meetingId, decision: "accept", slot: "0" }));
    for (const member of [w.smeUser, w.distUser]) {
      signIn(member);
      expect(await threadPage(w.id)).toContain(">Cancel this meeting</summary>");
    }
    signIn(w.coordinator);
    expect(await threadPage(w.id)).not.toContain('data-testid="meeting-cancel"');

    signIn(w.smeUser);
    expect(await thread.cancelMeetingAction(undefined, pageForm("en", { meetingId, reason: "Our president is ill that week." }))).toMatchObject({
      ok: true,
      message: "Meeting cancelled.",
    });
    signIn(w.distUser);
    const after = await threadPage(w.id);
    expect(after).toContain('data-status="cancelled"');
    expect(after).toContain(`href="/api/meetings/${meetingId}/ics"`);
    expect(after).toContain(">Remove from calendar (.ics cancellation)</a>");
    expect(after).not.toContain('data-testid="meeting-cancel"');
    expect(after).toMatch(/Sato cancelled the meeting of [^<]+ JST \/ [^<]+ CST/);
    expect(after).toContain("Reason: Our president is ill that week.");
  });

  it("is not found for a member of another company", async () => {
    const w = await world();
    const stranger = await insertUser({ role: "distributor" });
    await insertCompany({ kind: "distributor" }, stranger);
    signIn(stranger);
    await expect(threadPage(w.id)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });
});

describe("inbox, new inquiry and chamber deals pages", () => {
  it("lists the thread with the other company and its unread badge", async () => {
    const w = await world();
    signIn(w.smeUser);
    const page = await html(InboxPage({ params: Promise.resolve({ locale: "en" as const }), searchParams: Promise.resolve({}) }));
    expect(page).toContain("Yanbian Trading");
    expect(page).toContain('data-testid="unread-badge"');
    expect(page).toContain("1 unread");
    expect(page).toContain(`href="/en/inquiries/${w.id}"`);
  });

  it("offers the form to an approved distributor and explains a refusal otherwise", async () => {
    const w = await world();
    signIn(w.distUser);
    const search = (to: string) => Promise.resolve({ to, source: "profile" });
    const allowed = await html(NewInquiryPage({ params: Promise.resolve({ locale: "en" as const }), searchParams: search(w.sme.id) }));
    expect(allowed).toContain('data-testid="new-inquiry-form"');
    expect(allowed).toContain("Mitsuke Chamber of Commerce and Industry coordinates this thread");
    signIn(w.smeUser);
    await thread.blockCompanyAction(undefined, pageForm("en", { inquiryId: w.id }));
    signIn(w.distUser);
    const refused = await html(NewInquiryPage({ params: Promise.resolve({ locale: "en" as const }), searchParams: search(w.sme.id) }));
    expect(refused).toContain('data-testid="contact-refused"');
    expect(refused).toContain("Contact with this company has ended.");
    expect(refused).not.toContain('data-testid="new-inquiry-form"');
  });

  it("shows the chamber admin the signed agreements of the year", async () => {
    const w = await world();
    signIn(w.smeUser);
    await thread.changeStageAction(undefined, pageForm("en", { inquiryId: w.id, stage: "signed" }));
    signIn(w.coordinator);
    const page = await html(DealsPage({ params: Promise.resolve({ locale: "en" as const }), searchParams: Promise.resolve({}) }));
    expect(page).toMatch(/data-testid="signed-this-year">1</);
    expect(page).toMatch(/data-testid="stage-count-signed"[^>]*>Agreement signed \(1\)/);
    expect(page).toContain("Knitwear for Yanji");
  });
});
