import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { eventTalkRequests, eventTalks, inquiries, inquiryEvents, inquiryMessages, matches, meetings, notifications, type User } from "@/db/schema";
import { agendaIcs, readAgenda } from "@/lib/events/agenda";
import { checkIn, markTalk, writeNote } from "@/lib/events/day";
import { runEventFollowups } from "@/lib/events/followups";
import { proposeSchedule, publishSchedule } from "@/lib/events/plan";
import { listEventsFor, readParticipants } from "@/lib/events/reads";
import { createEvent } from "@/lib/events/organizer";
import { eventReport, reportCsv } from "@/lib/events/report";
import { answerTalkRequest, requestTalk } from "@/lib/events/requests";
import { notificationText } from "@/lib/notifications/render";
import { withTestDatabase } from "../support/database";
import { chamberAdmin, form, member, NOW, staged } from "./events-support";

withTestDatabase();

/** 14:00 CST on the event's day, when its first talk starts. */
const DAY = new Date("2026-12-15T06:00:00Z");
const days = (n: number) => new Date(DAY.getTime() + n * 86_400_000);

/** The staged event with Yanbian Trading's talk with the SME accepted, placed and published. */
async function scheduledTalk(overrides: Record<string, unknown> = {}) {
  const world = await staged(overrides);
  const request = await requestTalk(world.dist.user, { eventId: world.event.id, toCompanyId: world.sme.company.id }, NOW);
  await answerTalkRequest(world.sme.user, { requestId: request.id, decision: "accepted" }, NOW);
  await proposeSchedule(world.admin, world.event.id, NOW);
  await publishSchedule(world.admin, world.event.id, NOW);
  const [talk] = await (await getDb()).select().from(eventTalks).where(eq(eventTalks.requestId, request.id));
  return { ...world, request, talk: talk! };
}

async function talkRow(id: string) {
  const [row] = await (await getDb()).select().from(eventTalks).where(eq(eventTalks.id, id));
  return row!;
}

async function typesFor(user: User) {
  const rows = await (await getDb()).select().from(notifications).where(eq(notifications.userId, user.id)).orderBy(notifications.createdAt);
  return rows.map((n) => n.type);
}

describe("on the day", () => {
  it("holds a talk both sides check in to and opens the pair's thread with the talk as a meeting and both notes", async () => {
    const { sme, dist, talk } = await scheduledTalk();
    await writeNote(sme.user, { talkId: talk.id, interest: 4, nextStep: "samples", note: "来月サンプルを送ります" });
    expect((await checkIn(sme.user, talk.id, DAY)).status).toBe("scheduled");
    const held = await checkIn(dist.user, talk.id, DAY);
    expect([held.status, held.openedInquiry, held.heldAt?.toISOString()]).toEqual(["held", true, DAY.toISOString()]);

    const db = await getDb();
    const [thread] = await db.select().from(inquiries).where(eq(inquiries.id, held.inquiryId!));
    expect([thread!.smeId, thread!.distributorId, thread!.source, thread!.subject]).toEqual([
      sme.company.id,
      dist.company.id,
      "event",
      "China–Japan (Guangdong) SME Forum business talks",
    ]);
    const [meeting] = await db.select().from(meetings).where(eq(meetings.inquiryId, thread!.id));
    expect([meeting!.status, meeting!.acceptedSlot?.toISOString(), meeting!.durationMinutes, meeting!.location]).toEqual([
      "accepted",
      DAY.toISOString(),
      20,
      "Guangzhou, Pazhou Complex · #1",
    ]);
    expect(thread!.metAt).not.toBeNull();
    const timeline = await db.select({ type: inquiryEvents.type }).from(inquiryEvents).where(eq(inquiryEvents.inquiryId, thread!.id));
    expect(timeline.map((e) => e.type).sort()).toEqual(["event_talk", "opened"]);

    await writeNote(dist.user, { talkId: talk.id, interest: 5, nextStep: "quotation", note: "请报价" });
    const messages = await db.select().from(inquiryMessages).where(eq(inquiryMessages.inquiryId, thread!.id)).orderBy(inquiryMessages.createdAt);
    expect(messages.map((m) => m.authorSide)).toEqual(["sme", "distributor"]);
    expect(messages[0]!.body).toContain("関心度 4/5、次のステップ：サンプルを送る");
    expect(messages[0]!.body).toContain("interest 4/5, next step: Send samples");
    expect(messages[0]!.body).toContain("来月サンプルを送ります");
    expect(messages[1]!.body).toContain("兴趣程度 5/5，下一步：发送报价");
    expect(messages[1]!.body).toContain("请报价");
    await expect(writeNote(sme.user, { talkId: talk.id, interest: 1, nextStep: "none" })).rejects.toMatchObject({ key: "events.errors.noteWritten" });
    expect((await talkRow(talk.id)).smeInterest).toBe(4);
  });

  it("joins the pair's open thread instead of opening another", async () => {
    const { admin, event, sme, dist, talk } = await scheduledTalk();
    const db = await getDb();
    const [existing] = await db
      .insert(inquiries)
      .values({ smeId: sme.company.id, distributorId: dist.company.id, source: "profile", subject: "Knitwear", stage: "in_talks" })
      .returning();
    const held = await markTalk(admin, { eventId: event.id, talkId: talk.id, outcome: "held" }, DAY);
    expect([held.status, held.inquiryId, held.openedInquiry]).toEqual(["held", existing!.id, false]);
    expect(await db.select({ id: inquiries.id }).from(inquiries)).toHaveLength(1);
  });

  it("refuses check-in before the event's day and on another company's talk, changing nothing", async () => {
    const { sme, dist2, talk } = await scheduledTalk();
    await expect(checkIn(sme.user, talk.id, NOW)).rejects.toMatchObject({ key: "events.errors.notYet" });
    await expect(checkIn(dist2.user, talk.id, DAY)).rejects.toMatchObject({ key: "events.errors.talkNotFound" });
    const outsider = await member("distributor", { zh: "未报名" });
    await expect(checkIn(outsider.user, talk.id, DAY)).rejects.toMatchObject({ key: "events.errors.talkNotFound" });
    await expect(writeNote(dist2.user, { talkId: talk.id, interest: 5, nextStep: "visit" })).rejects.toMatchObject({ key: "events.errors.talkNotFound" });
    const row = await talkRow(talk.id);
    expect([row.status, row.smeCheckedInAt, row.distributorCheckedInAt, row.distributorInterest]).toEqual(["scheduled", null, null, null]);
  });

  it("lets only the organizer's chamber mark a talk missed, from the event's day, after which nobody checks in to it", async () => {
    const { admin, event, sme, talk } = await scheduledTalk();
    await expect(markTalk(admin, { eventId: event.id, talkId: talk.id, outcome: "no_show" }, NOW)).rejects.toMatchObject({ key: "events.errors.notYet" });
    const other = await chamberAdmin("Yanbian Chamber of Commerce");
    await expect(markTalk(other, { eventId: event.id, talkId: talk.id, outcome: "no_show" }, DAY)).rejects.toMatchObject({
      key: "events.errors.eventNotFound",
    });
    expect((await talkRow(talk.id)).status).toBe("scheduled");
    expect((await markTalk(admin, { eventId: event.id, talkId: talk.id, outcome: "no_show" }, DAY)).status).toBe("no_show");
    await expect(checkIn(sme.user, talk.id, DAY)).rejects.toMatchObject({ key: "events.errors.talkNotFound" });
    const row = await talkRow(talk.id);
    expect([row.status, row.inquiryId]).toEqual(["no_show", null]);
  });
});

describe("requests and agendas", () => {
  it("frees an expired request's pair and slot: the pair asks again and the new talk takes the first slot", async () => {
    const { admin, event, sme, dist } = await staged({ requestExpiryHours: "24" });
    const first = await requestTalk(dist.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW);
    const later = new Date(NOW.getTime() + 25 * 3_600_000);
    expect(await proposeSchedule(admin, event.id, later)).toEqual({ placed: 0, unscheduled: 0 });
    const again = await requestTalk(sme.user, { eventId: event.id, toCompanyId: dist.company.id }, later);
    await answerTalkRequest(dist.user, { requestId: again.id, decision: "accepted" }, later);
    expect(await proposeSchedule(admin, event.id, later)).toEqual({ placed: 1, unscheduled: 0 });
    const db = await getDb();
    const rows = await db.select({ id: eventTalkRequests.id, status: eventTalkRequests.status }).from(eventTalkRequests);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [first.id]: "expired", [again.id]: "accepted" });
    const talks = await db.select().from(eventTalks);
    expect(talks.map((t) => [t.requestId, t.startsAt.toISOString(), t.tableNo])).toEqual([[again.id, DAY.toISOString(), 1]]);
  });

  it("lists to a company the events still to come that take its kind, and to an admin its chamber's events", async () => {
    const { admin, event, sme } = await staged();
    const smeOnly = await createEvent(admin, form({ allowedKinds: ["sme"], nameEn: "Manufacturers' day" }));
    const past = await createEvent(admin, form({ startsOn: "2026-11-01", endsOn: "2026-11-01", registrationDeadline: "2026-10-30T18:00" }));
    const dist = await member("distributor", { zh: "大连商贸" });
    const ids = async (user: User) => (await listEventsFor(user, "2026-12-07")).map((e) => [e.event.id, e.status ?? null]);
    expect(await ids(dist.user)).toEqual([[event.id, null]]);
    expect((await ids(sme.user)).sort()).toEqual(
      [
        [event.id, "accepted"],
        [smeOnly.id, null],
      ].sort(),
    );
    expect((await ids(admin)).map(([id]) => id).sort()).toEqual([event.id, smeOnly.id, past.id].sort());
    expect(await ids(await chamberAdmin("Yanbian Chamber of Commerce"))).toEqual([]);
  });

  it("shows the other side's participants with their match score only to accepted participants", async () => {
    const { event, sme, dist, dist2 } = await staged();
    await (await getDb()).insert(matches).values({ smeId: sme.company.id, distributorId: dist2.company.id, score: 0.8, reasons: [] });
    const view = await readParticipants(sme.user, event.id, {}, NOW);
    expect(view.others.map((o) => [o.company.id, o.score])).toEqual([
      [dist2.company.id, 0.8],
      [dist.company.id, null],
    ]);
    const waiting = await member("sme", { ja: "待機中" });
    await expect(readParticipants(waiting.user, event.id, {}, NOW)).rejects.toMatchObject({ key: "events.errors.notParticipant" });
    await expect(readParticipants(sme.user, "not-a-uuid", {}, NOW)).rejects.toMatchObject({ key: "events.errors.eventNotFound" });
  });

  it("reads a talk in Japan at 10:00 for the SME and 09:00 for the distributor, and writes a valid .ics", async () => {
    const { event, sme, dist } = await scheduledTalk({ timeZone: "Asia/Tokyo", dayStart: "10:00", dayEnd: "11:00" });
    const clock = (at: Date, zone: string) => new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit" }).format(at);
    const smeAgenda = await readAgenda(sme.user, event.id);
    const distAgenda = await readAgenda(dist.user, event.id);
    expect(smeAgenda.talks[0]!.startsAt.toISOString()).toBe("2026-12-15T01:00:00.000Z");
    expect([clock(smeAgenda.talks[0]!.startsAt, smeAgenda.timeZone), clock(distAgenda.talks[0]!.startsAt, distAgenda.timeZone)]).toEqual(["10:00", "09:00"]);

    const ics = agendaIcs(distAgenda, "zh");
    const lines = ics.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.filter((l) => l === "END:VEVENT")).toHaveLength(1);
    for (const prefix of ["UID:", "DTSTAMP:", "PRODID:"]) expect(lines.some((l) => l.startsWith(prefix))).toBe(true);
    expect(lines).toContain("DTSTART:20261215T010000Z");
    expect(lines.some((l) => /^(DURATION:PT20M|DTEND:20261215T012000Z)$/.test(l))).toBe(true);
    // RFC 5545: content lines fold at 75 octets, and every line ends with CRLF.
    expect(lines.every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("tells the asked company of a request, the asker of the answer, a company of its registration, and both sides of the published agenda", async () => {
    const { sme, dist, dist2 } = await scheduledTalk();
    expect(await typesFor(sme.user)).toEqual(["event_registration", "event_talk_request", "event_agenda"]);
    expect(await typesFor(dist.user)).toEqual(["event_registration", "event_talk_request", "event_agenda"]);
    expect(await typesFor(dist2.user)).toEqual(["event_registration"]);
    const [asked] = await (
      await getDb()
    )
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, sme.user.id), eq(notifications.type, "event_talk_request")));
    expect(notificationText("en", "event_talk_request", asked!.payload)).toBe(
      "Yanbian Trading asks you for a talk at “China–Japan (Guangdong) SME Forum business talks”",
    );
    expect(notificationText("ja", "event_talk_request", asked!.payload)).toBe(
      "Yanbian Tradingから「日中（広東）中小企業フォーラム商談会」での面談申込みが届きました",
    );
  });
});

describe("after the event", () => {
  it("reminds both sides at 7, 30 and 90 days, each once, and stops once the deal moves", async () => {
    const { sme, dist, talk } = await scheduledTalk();
    await checkIn(sme.user, talk.id, DAY);
    const held = await checkIn(dist.user, talk.id, DAY);
    const followups = async (user: User) =>
      (
        await (
          await getDb()
        )
          .select()
          .from(notifications)
          .where(and(eq(notifications.userId, user.id), eq(notifications.type, "event_followup")))
      ).map((n) => n.payload.days);
    expect(await runEventFollowups(days(6))).toBe(0);
    expect(await runEventFollowups(days(7))).toBe(1);
    expect(await runEventFollowups(days(8))).toBe(0);
    expect(await runEventFollowups(days(31))).toBe(1);
    expect([await followups(sme.user), await followups(dist.user)]).toEqual([
      [7, 30],
      [7, 30],
    ]);
    const db = await getDb();
    await db.update(inquiries).set({ stage: "samples_sent" }).where(eq(inquiries.id, held.inquiryId!));
    await db
      .insert(inquiryEvents)
      .values({ inquiryId: held.inquiryId!, type: "stage_changed", data: { from: "new", to: "samples_sent" }, createdAt: days(40) });
    expect(await runEventFollowups(days(91))).toBe(0);
    expect(await followups(sme.user)).toEqual([7, 30]);
  });

  it("sends only the latest reminder due when the job has not run for a while", async () => {
    const { admin, event, sme, talk } = await scheduledTalk();
    await markTalk(admin, { eventId: event.id, talkId: talk.id, outcome: "held" }, DAY);
    expect(await runEventFollowups(days(100))).toBe(1);
    const notes = await (
      await getDb()
    )
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, sme.user.id), eq(notifications.type, "event_followup")));
    expect(notes.map((n) => n.payload.days)).toEqual([90]);
    expect(notificationText("en", "event_followup", notes[0]!.payload)).toBe(
      "90 days since your talk with Yanbian Trading at “China–Japan (Guangdong) SME Forum business talks”: how is the deal going?",
    );
    expect(await runEventFollowups(days(200))).toBe(0);
  });

  it("reports registrations, requests, talks, no-shows, threads and deals overall and per participant, and as CSV", async () => {
    const { admin, event, sme, dist, dist2, talk } = await scheduledTalk({ requestExpiryHours: "24" });
    await requestTalk(dist2.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW);
    await proposeSchedule(admin, event.id, days(-1));
    await checkIn(sme.user, talk.id, DAY);
    await checkIn(dist.user, talk.id, DAY);
    const report = await eventReport(admin, event.id);
    expect(report.overall).toMatchObject({
      registrations: 3,
      accepted: 3,
      requestsSent: 2,
      requestsAccepted: 1,
      requestsExpired: 1,
      talksHeld: 1,
      noShows: 0,
      threadsOpened: 1,
    });
    expect(report.overall.deals).toEqual({ new: 1, in_talks: 0, samples_sent: 0, negotiating: 0, signed: 0, closed: 0 });
    const row = (id: string) => report.members.find((m) => m.companyId === id)!;
    expect([row(sme.company.id).talksHeld, row(sme.company.id).threadsOpened, row(sme.company.id).requestsSent]).toEqual([1, 1, 0]);
    expect([row(dist2.company.id).requestsSent, row(dist2.company.id).requestsExpired, row(dist2.company.id).talksHeld]).toEqual([1, 1, 0]);
    await expect(eventReport(await chamberAdmin("Yanbian Chamber of Commerce"), event.id)).rejects.toMatchObject({ key: "events.errors.eventNotFound" });

    const csv = reportCsv({ ...report, members: [{ ...row(dist.company.id), name: { en: "=HYPERLINK(1)" } }] }, "en");
    expect(csv.startsWith("\uFEFFCompany,Side,Registration,Requests sent")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[1]).toBe("Overall,,3/3,2,1,1,1,0,1,1,0,0,0,0,0");
    expect(lines[2]).toBe("'=HYPERLINK(1),Chinese distributors,Registration accepted,1,1,0,1,0,1,1,0,0,0,0,0");
  });
});
