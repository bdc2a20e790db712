import { and, eq } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/routing";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox, inquiries, inquiryEvents, meetings, notifications, type Company, type User } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// Lets a test make the notification write fail, to prove it shares the change's transaction.
const mailbox = vi.hoisted(() => ({ broken: false }));
vi.mock("@/lib/notifications/notify", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/notifications/notify")>();
  return {
    notify: async (...args: Parameters<typeof real.notify>) => {
      if (mailbox.broken) throw new Error("notifications unavailable");
      return real.notify(...args);
    },
  };
});

const { openInquiryAction } = await import("@/app/[locale]/inquiries/new/actions");
const thread = await import("@/app/[locale]/inquiries/[id]/actions");
const icsRoute = await import("@/app/api/meetings/[id]/ics/route");
const { chamberDealStats } = await import("@/lib/inquiries/stats");
const { getThread } = await import("@/lib/inquiries/thread");
const { slotLabel, utcToZonedLocal } = await import("@/lib/inquiries/zones");
const { notificationDetail, notificationText, renderEmail } = await import("@/lib/notifications/render");

withTestDatabase();

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

async function pair(chamberName = "Mitsuke Chamber of Commerce and Industry") {
  const chamber = await chamberNamed(chamberName);
  const smeUser = await insertUser({ role: "sme", name: "Sato" });
  const sme = await insertCompany({ kind: "sme", chamberId: chamber.id, name: { ja: "見附ニット", en: "Mitsuke Knit" } }, smeUser);
  const distUser = await insertUser({ role: "distributor", name: "Wang" });
  const dist = await insertCompany({ kind: "distributor", name: { zh: "延边贸易", en: "Yanbian Trading" } }, distUser);
  return { chamber, smeUser, sme, distUser, dist };
}

async function open(from: User, to: Company, subject = "Knitwear for Yanji"): Promise<string> {
  signIn(from);
  const error = await openInquiryAction(undefined, pageForm("en", { to: to.id, source: "profile", subject, body: "Hello" })).catch((e) => e);
  const target = (error as { digest?: string }).digest?.split(";")[2];
  expect(target).toMatch(/^\/en\/inquiries\/[0-9a-f-]{36}$/);
  return target!.split("/").pop()!;
}

const move = (id: string, stage: string, reason = "") => thread.changeStageAction(undefined, pageForm("en", { inquiryId: id, stage, reason }));

async function stored(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(inquiries).where(eq(inquiries.id, id));
  const events = await db
    .select()
    .from(inquiryEvents)
    .where(and(eq(inquiryEvents.inquiryId, id), eq(inquiryEvents.type, "stage_changed")));
  return { row: row!, stageEvents: events.map((e) => e.data) };
}

describe("deal stages", () => {
  it("records every stage change as a timeline row and notifies the other participants", async () => {
    const w = await pair();
    const coordinator = await insertUser({ role: "chamber_admin", chamberId: w.chamber.id });
    const id = await open(w.distUser, w.sme);
    signIn(w.smeUser);
    expect(await move(id, "in_talks")).toMatchObject({ ok: true, message: "Stage changed to In talks." });
    signIn(w.distUser);
    expect((await move(id, "samples_sent")).ok).toBe(true);
    signIn(coordinator);
    expect((await move(id, "negotiating")).ok).toBe(true);
    const { row, stageEvents } = await stored(id);
    expect(row.stage).toBe("negotiating");
    expect(stageEvents).toEqual([
      { from: "new", to: "in_talks" },
      { from: "in_talks", to: "samples_sent" },
      { from: "samples_sent", to: "negotiating" },
    ]);
    const db = await getDb();
    const told = await db.select().from(notifications).where(eq(notifications.type, "stage_changed"));
    expect(
      told
        .filter((n) => n.payload.stage === "negotiating")
        .map((n) => n.userId)
        .sort(),
    ).toEqual([w.smeUser.id, w.distUser.id].sort());
    expect(told.find((n) => n.payload.stage === "in_talks")?.payload).toMatchObject({
      inquiryId: id,
      subject: "Knitwear for Yanji",
      companyName: { ja: "見附ニット", en: "Mitsuke Knit" },
      stage: "in_talks",
    });
  });

  it("writes nothing when the notification in the same transaction fails", async () => {
    const w = await pair();
    const id = await open(w.distUser, w.sme);
    signIn(w.smeUser);
    mailbox.broken = true;
    try {
      const state = await move(id, "signed");
      expect(state.ok).toBe(false);
      expect(state.message).toMatch(/^Something went wrong on our side\. Nothing was saved\./);
    } finally {
      mailbox.broken = false;
    }
    const { row, stageEvents } = await stored(id);
    expect([row.stage, row.signedAt, stageEvents]).toEqual(["new", null, []]);
  });

  it("requires a reason to close and shows it; a signed agreement is final", async () => {
    const w = await pair();
    const id = await open(w.distUser, w.sme);
    signIn(w.smeUser);
    const noReason = await move(id, "closed");
    expect(noReason.fieldErrors?.reason).toEqual(["Give a reason for closing the deal; both companies and the chamber will see it."]);
    expect((await move(id, "closed", "Minimum order too high")).ok).toBe(true);
    expect((await stored(id)).row).toMatchObject({ stage: "closed", closedReason: "Minimum order too high" });
    expect((await move(id, "in_talks")).ok).toBe(true);
    expect((await stored(id)).row.closedReason).toBeNull();
    expect((await move(id, "signed")).ok).toBe(true);
    const again = await move(id, "negotiating");
    expect(again.fieldErrors?.stage).toEqual(["The deal cannot move to this stage from where it is now."]);
    expect((await stored(id)).row.stage).toBe("signed");
    expect((await stored(id)).stageEvents.map((e) => e.to)).toEqual(["closed", "in_talks", "signed"]);
  });
});

describe("chamber deal statistics", () => {
  it("counts the chamber's deals per stage and the agreements signed this year", async () => {
    const w = await pair();
    const other = await pair("Tsubame Chamber of Commerce and Industry");
    const admin = await insertUser({ role: "chamber_admin", chamberId: w.chamber.id });
    const signed = await open(w.distUser, w.sme, "Sweaters");
    const talking = await open(w.distUser, w.sme, "Scarves");
    await open(w.smeUser, w.dist, "Stoles");
    const lastYear = await open(w.distUser, w.sme, "Old deal");
    const elsewhere = await open(other.distUser, other.sme, "Cutlery");
    signIn(w.smeUser);
    await move(signed, "signed");
    await move(talking, "in_talks");
    await move(lastYear, "signed");
    signIn(other.smeUser);
    await move(elsewhere, "signed");
    // An agreement signed on 31 December last year, Japan time, belongs to last year's figures.
    const year = Number(utcToZonedLocal(new Date(), "Asia/Tokyo").slice(0, 4));
    const db = await getDb();
    await db
      .update(inquiries)
      .set({ signedAt: new Date(`${year - 1}-12-31T14:59:00Z`) })
      .where(eq(inquiries.id, lastYear));

    const stats = await chamberDealStats(admin);
    expect(stats).toEqual({
      byStage: { new: 1, in_talks: 1, samples_sent: 0, negotiating: 0, signed: 2, closed: 0 },
      total: 4,
      signedThisYear: 1,
      year,
    });
    const platform = await insertUser({ role: "platform_admin" });
    expect((await chamberDealStats(platform)).signedThisYear).toBe(2);
    await expect(chamberDealStats(w.smeUser)).rejects.toThrow("forbidden");
  });
});

describe("business talks", () => {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const propose = (id: string, fields: Record<string, string>) =>
    thread.proposeMeetingAction(undefined, pageForm("en", { inquiryId: id, mode: "online", durationMinutes: "60", ...fields }));
  const slotsOf = async (id: string) =>
    (await (await getDb()).select().from(meetings).where(eq(meetings.inquiryId, id))).map((m) => m.slots.map((s) => s.toISOString()));

  it("reads an SME's slots in Japan time and a distributor's in China time", async () => {
    const w = await pair();
    const id = await open(w.distUser, w.sme);
    signIn(w.smeUser);
    expect((await propose(id, { slot1: `${day(20)}T10:00`, slot2: `${day(21)}T16:30` })).ok).toBe(true);
    signIn(w.distUser);
    expect((await propose(id, { slot1: `${day(20)}T09:00`, slot2: `${day(21)}T15:30`, slot3: `${day(22)}T08:00` })).ok).toBe(true);
    expect(await slotsOf(id)).toEqual([
      [`${day(20)}T01:00:00.000Z`, `${day(21)}T07:30:00.000Z`],
      [`${day(20)}T01:00:00.000Z`, `${day(21)}T07:30:00.000Z`, `${day(22)}T00:00:00.000Z`],
    ]);
  });

  it("refuses one slot, duplicate slots, past times and an on-site meeting without a place", async () => {
    const w = await pair();
    const id = await open(w.distUser, w.sme);
    signIn(w.smeUser);
    expect((await propose(id, { slot1: `${day(20)}T10:00` })).fieldErrors?.slots).toEqual(["Propose two or three times."]);
    expect((await propose(id, { slot1: `${day(20)}T10:00`, slot2: `${day(20)}T10:00` })).fieldErrors?.slots).toEqual(["Propose different times."]);
    expect((await propose(id, { slot1: `${day(-2)}T10:00`, slot2: `${day(20)}T10:00` })).fieldErrors?.slots).toEqual([
      "Propose times in the future, within the next year.",
    ]);
    expect((await propose(id, { mode: "onsite", slot1: `${day(20)}T10:00`, slot2: `${day(21)}T10:00` })).fieldErrors?.location).toEqual([
      "Give the place of an on-site meeting.",
    ]);
    expect(await slotsOf(id)).toEqual([]);
  });

  it("lets the other company accept one slot, shows it in both zones and serves it as .ics in UTC", async () => {
    const w = await pair();
    const id = await open(w.distUser, w.sme);
    signIn(w.smeUser);
    await propose(id, { mode: "onsite", location: "Yanji Kakehashi Showroom, 2F", slot1: `${day(30)}T10:00`, slot2: `${day(31)}T14:00` });
    const db = await getDb();
    const [proposal] = await db.select().from(meetings).where(eq(meetings.inquiryId, id));
    const requested = await db.select().from(notifications).where(eq(notifications.type, "meeting_requested"));
    expect(requested.map((n) => n.userId)).toEqual([w.distUser.id]);
    // Each reader sees the proposer's name in their language: Japanese here, English as the fallback for Chinese.
    expect(notificationText("ja", "meeting_requested", requested[0]!.payload)).toBe("見附ニットから「Knitwear for Yanji」について面談の申し込みがありました");
    expect(notificationText("zh", "meeting_requested", requested[0]!.payload)).toContain("Mitsuke Knit");

    signIn(w.distUser);
    const accepted = await thread.answerMeetingAction(undefined, pageForm("en", { meetingId: proposal!.id, decision: "accept", slot: "1" }));
    expect(accepted).toMatchObject({ ok: true, message: "Meeting confirmed." });
    const [meeting] = await db.select().from(meetings).where(eq(meetings.id, proposal!.id));
    expect(meeting).toMatchObject({ status: "accepted", acceptedSlot: new Date(`${day(31)}T05:00:00Z`) });
    const twice = await thread.answerMeetingAction(undefined, pageForm("en", { meetingId: proposal!.id, decision: "accept", slot: "0" }));
    expect(twice).toMatchObject({ ok: false, message: "This proposal has already been answered." });

    const view = await getThread(w.distUser, id);
    expect(view?.events.map((e) => e.type)).toEqual(["opened", "meeting_proposed", "meeting_accepted"]);
    expect(view?.events[2]?.data).toEqual({ meetingId: proposal!.id, slot: `${day(31)}T05:00:00.000Z` });
    expect(slotLabel(meeting!.acceptedSlot!, "en", { jst: "JST", cst: "CST" })).toMatch(/ 14:00 JST \/ 13:00 CST$/);
    const acceptedNote = await db.select().from(notifications).where(eq(notifications.type, "meeting_accepted"));
    expect(acceptedNote.map((n) => n.userId)).toEqual([w.smeUser.id]);
    expect(notificationText("zh", "meeting_accepted", acceptedNote[0]!.payload)).toContain("延边贸易");
    expect(notificationText("ja", "meeting_accepted", acceptedNote[0]!.payload)).toContain("Yanbian Trading");

    const response = await icsRoute.GET(new Request("http://localhost"), { params: Promise.resolve({ id: proposal!.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const body = await response.text();
    expect(body).toContain(`DTSTART:${day(31).replaceAll("-", "")}T050000Z`);
    expect(body).toContain("DURATION:PT60M");
    expect(body).toContain("LOCATION:Yanji Kakehashi Showroom\\, 2F");
    expect(body).toContain(`UID:${proposal!.id}@kakehashi`);

    const stranger = await insertUser({ role: "distributor" });
    await insertCompany({ kind: "distributor" }, stranger);
    signIn(stranger);
    expect((await icsRoute.GET(new Request("http://localhost"), { params: Promise.resolve({ id: proposal!.id }) })).status).toBe(404);
  });

  it("records a declined proposal and serves no .ics for it", async () => {
    const w = await pair();
    const id = await open(w.distUser, w.sme);
    signIn(w.distUser);
    await propose(id, { slot1: `${day(5)}T10:00`, slot2: `${day(6)}T10:00` });
    const [proposal] = await (await getDb()).select().from(meetings).where(eq(meetings.inquiryId, id));
    signIn(w.smeUser);
    expect((await thread.answerMeetingAction(undefined, pageForm("en", { meetingId: proposal!.id, decision: "decline" }))).ok).toBe(true);
    const [after] = await (await getDb()).select().from(meetings).where(eq(meetings.id, proposal!.id));
    expect([after!.status, after!.acceptedSlot]).toEqual(["declined", null]);
    expect((await icsRoute.GET(new Request("http://localhost"), { params: Promise.resolve({ id: proposal!.id }) })).status).toBe(404);
  });

  it("refuses to confirm a time that has passed while the proposal waited", async () => {
    const w = await pair();
    const id = await open(w.distUser, w.sme);
    signIn(w.distUser);
    await propose(id, { slot1: `${day(5)}T10:00`, slot2: `${day(6)}T10:00` });
    const db = await getDb();
    const [proposal] = await db.select().from(meetings).where(eq(meetings.inquiryId, id));
    await db
      .update(meetings)
      .set({ slots: [new Date(Date.now() - 3_600_000), proposal!.slots[1]!] })
      .where(eq(meetings.id, proposal!.id));
    signIn(w.smeUser);
    const late = await thread.answerMeetingAction(undefined, pageForm("en", { meetingId: proposal!.id, decision: "accept", slot: "0" }));
    expect(late).toMatchObject({ ok: false, message: "This time has already passed. Decline and propose new times." });
    expect((await thread.answerMeetingAction(undefined, pageForm("en", { meetingId: proposal!.id, decision: "accept", slot: "1" }))).ok).toBe(true);
  });
});

describe("cancelling business talks", () => {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const propose = (id: string, fields: Record<string, string> = {}) =>
    thread.proposeMeetingAction(
      undefined,
      pageForm("en", { inquiryId: id, mode: "online", durationMinutes: "60", slot1: `${day(20)}T10:00`, slot2: `${day(21)}T10:00`, ...fields }),
    );
  const cancel = (meetingId: string, reason = "", locale: Locale = "en") => thread.cancelMeetingAction(undefined, pageForm(locale, { meetingId, reason }));
  const accept = (meetingId: string, slot = "0") => thread.answerMeetingAction(undefined, pageForm("en", { meetingId, decision: "accept", slot }));
  const ics = (id: string) => icsRoute.GET(new Request(`http://localhost/api/meetings/${id}/ics`), { params: Promise.resolve({ id }) });
  const meetingOf = async (inquiryId: string) => (await (await getDb()).select().from(meetings).where(eq(meetings.inquiryId, inquiryId)))[0]!;
  const cancellations = async () => ({
    events: (await (await getDb()).select().from(inquiryEvents).where(eq(inquiryEvents.type, "meeting_cancelled"))).map((e) => e.data),
    told: (await (await getDb()).select().from(notifications).where(eq(notifications.type, "meeting_cancelled"))).map((n) => n.userId),
  });

  it("cancels a confirmed meeting: the other company and the coordinator are told with the reason, and the .ics becomes its cancellation", async () => {
    const w = await pair();
    const coordinator = await insertUser({ role: "chamber_admin", chamberId: w.chamber.id });
    const id = await open(w.distUser, w.sme);
    signIn(w.distUser);
    await propose(id, { mode: "onsite", location: "Yanji Kakehashi Showroom, 2F" });
    const proposal = await meetingOf(id);
    signIn(w.smeUser);
    expect((await accept(proposal.id, "1")).ok).toBe(true);
    const confirmedFile = await (await ics(proposal.id)).text();
    expect(confirmedFile).toContain("METHOD:PUBLISH");
    expect(confirmedFile).toContain("SEQUENCE:0");
    expect(confirmedFile).toContain("STATUS:CONFIRMED");

    expect(await cancel(proposal.id, "  Our president is ill that week.  ", "ja")).toMatchObject({ ok: true, message: "面談を取り消しました。" });
    // The distributor proposed in China time: 10:00 CST is 02:00 UTC.
    const slot = new Date(`${day(21)}T02:00:00Z`);
    expect(await meetingOf(id)).toMatchObject({ status: "cancelled", acceptedSlot: slot });
    const view = await getThread(w.distUser, id);
    expect(view?.events.map((e) => e.type)).toEqual(["opened", "meeting_proposed", "meeting_accepted", "meeting_cancelled"]);
    expect(view?.events[3]).toMatchObject({
      actorName: "Sato",
      data: { meetingId: proposal.id, was: "accepted", slot: slot.toISOString(), reason: "Our president is ill that week." },
    });

    const db = await getDb();
    const told = await db.select().from(notifications).where(eq(notifications.type, "meeting_cancelled"));
    expect(told.map((n) => n.userId).sort()).toEqual([w.distUser.id, coordinator.id].sort());
    expect(told[0]!.payload.companyName).toEqual({ ja: "見附ニット", en: "Mitsuke Knit" });
    expect(notificationText("ja", "meeting_cancelled", told[0]!.payload)).toBe("見附ニットが「Knitwear for Yanji」の面談を取り消しました");
    expect(notificationText("zh", "meeting_cancelled", told[0]!.payload)).toBe("Mitsuke Knit取消了“Knitwear for Yanji”的会谈");
    expect(notificationDetail("en", "meeting_cancelled", told[0]!.payload)).toEqual(["Reason: Our president is ill that week."]);
    const [email] = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.userId, w.distUser.id), eq(emailOutbox.type, "meeting_cancelled")));
    const text = renderEmail(email!).text;
    expect(text).toContain("Mitsuke Knit cancelled the confirmed meeting for “Knitwear for Yanji”.");
    expect(text).toContain("Reason: Our president is ill that week.");
    expect(text).toMatch(/Time: .*, 11:00 AM Japan \/ .*, 10:00 AM China/);

    signIn(w.distUser);
    const response = await ics(proposal.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`meeting-${day(21)}-cancelled.ics`);
    const cancelledFile = await response.text();
    expect(cancelledFile).toContain("METHOD:CANCEL");
    expect(cancelledFile).toContain("STATUS:CANCELLED");
    expect(cancelledFile).toContain("SEQUENCE:1");
    expect(cancelledFile).toContain(`UID:${proposal.id}@kakehashi`);
    expect(cancelledFile).toContain(`DTSTART:${day(21).replaceAll("-", "")}T020000Z`);
  });

  it("lets the proposer withdraw a proposal, which then can no longer be accepted and never had a calendar file", async () => {
    const w = await pair();
    const id = await open(w.distUser, w.sme);
    signIn(w.distUser);
    await propose(id);
    const proposal = await meetingOf(id);
    expect(await cancel(proposal.id, "", "zh")).toMatchObject({ ok: true, message: "已取消提议。" });
    expect(await cancellations()).toEqual({ events: [{ meetingId: proposal.id, was: "proposed" }], told: [w.smeUser.id] });
    const [note] = await (await getDb()).select().from(notifications).where(eq(notifications.type, "meeting_cancelled"));
    expect(notificationText("en", "meeting_cancelled", note!.payload)).toBe("Yanbian Trading cancelled the meeting proposal for “Knitwear for Yanji”");
    expect(notificationText("zh", "meeting_cancelled", note!.payload)).toBe("延边贸易取消了“Knitwear for Yanji”的会谈邀请");
    expect(notificationDetail("en", "meeting_cancelled", note!.payload)).toEqual([]);

    signIn(w.smeUser);
    expect(await accept(proposal.id)).toMatchObject({ ok: false, message: "This proposal has already been answered." });
    expect(await meetingOf(id)).toMatchObject({ status: "cancelled", acceptedSlot: null });
    expect((await ics(proposal.id)).status).toBe(404);
  });

  it("refuses to cancel a meeting already cancelled, declined or whose time has passed, changing nothing", async () => {
    const w = await pair();
    const db = await getDb();
    const past = new Date(Date.now() - 3_600_000);

    const twice = await open(w.distUser, w.sme, "Twice");
    signIn(w.distUser);
    await propose(twice);
    const first = await meetingOf(twice);
    signIn(w.smeUser);
    await accept(first.id);
    expect((await cancel(first.id)).ok).toBe(true);
    signIn(w.distUser);
    expect(await cancel(first.id, "", "ja")).toMatchObject({ ok: false, message: "この面談はすでに取り消されています。" });

    const declined = await open(w.distUser, w.sme, "Declined");
    await propose(declined);
    const second = await meetingOf(declined);
    signIn(w.smeUser);
    await thread.answerMeetingAction(undefined, pageForm("en", { meetingId: second.id, decision: "decline" }));
    signIn(w.distUser);
    expect(await cancel(second.id)).toMatchObject({ ok: false, message: "This proposal was declined, so there is nothing to cancel." });

    const held = await open(w.distUser, w.sme, "Held");
    await propose(held);
    const third = await meetingOf(held);
    signIn(w.smeUser);
    await accept(third.id);
    await db.update(meetings).set({ acceptedSlot: past }).where(eq(meetings.id, third.id));
    expect(await cancel(third.id, "", "zh")).toMatchObject({ ok: false, message: "该洽谈的时间已过，无法再取消。" });

    const lapsed = await open(w.distUser, w.sme, "Lapsed");
    signIn(w.distUser);
    await propose(lapsed);
    const fourth = await meetingOf(lapsed);
    await db
      .update(meetings)
      .set({ slots: [past, new Date(Date.now() - 60_000)] })
      .where(eq(meetings.id, fourth.id));
    expect(await cancel(fourth.id)).toMatchObject({ ok: false, message: "The time of this meeting has passed, so it can no longer be cancelled." });

    expect([(await meetingOf(twice)).status, (await meetingOf(declined)).status, (await meetingOf(held)).status, (await meetingOf(lapsed)).status]).toEqual([
      "cancelled",
      "declined",
      "accepted",
      "proposed",
    ]);
    const { events, told } = await cancellations();
    expect(events).toEqual([{ meetingId: first.id, was: "accepted", slot: first.slots[0]!.toISOString() }]);
    expect(told).toEqual([w.distUser.id]);
  });

  it("cancels once when the same meeting is cancelled twice at the same moment", async () => {
    const w = await pair();
    const id = await open(w.distUser, w.sme);
    signIn(w.distUser);
    await propose(id);
    const proposal = await meetingOf(id);
    signIn(w.smeUser);
    await accept(proposal.id);
    // Both calls run as the SME (the mocked session is shared): what is tested is the row lock, which
    // matters on PostgreSQL; PGlite runs one transaction at a time anyway.
    const states = await Promise.all([cancel(proposal.id, "first"), cancel(proposal.id, "second")]);
    expect(states.map((s) => s.ok).sort()).toEqual([false, true]);
    expect(states.find((s) => !s.ok)?.message).toBe("This meeting has already been cancelled.");
    expect((await cancellations()).events).toHaveLength(1);
  });

  it("refuses a reason longer than 500 characters, keeping the meeting", async () => {
    const w = await pair();
    const id = await open(w.distUser, w.sme);
    signIn(w.distUser);
    await propose(id);
    const proposal = await meetingOf(id);
    const state = await cancel(proposal.id, "x".repeat(501));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.reason).toHaveLength(1);
    expect((await meetingOf(id)).status).toBe("proposed");
    expect(await cancellations()).toEqual({ events: [], told: [] });
  });
});
