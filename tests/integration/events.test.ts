import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { companyBlocks, eventParticipants, eventTalkRequests, eventTalks, events, matches } from "@/db/schema";
import { agendaIcs, readAgenda, readDraftFor, readProposal } from "@/lib/events/agenda";
import { createEvent, decideRegistration, listRegistrations, updateEvent } from "@/lib/events/organizer";
import { proposeSchedule, publishSchedule } from "@/lib/events/plan";
import { registerForEvent, setAvailability } from "@/lib/events/registration";
import { answerTalkRequest, requestTalk } from "@/lib/events/requests";
import { eventSchema } from "@/lib/events/schemas";
import { slotStarts } from "@/lib/events/slots";
import { withTestDatabase } from "../support/database";
import { chamberAdmin, form, member, NOW, staged } from "./events-support";

withTestDatabase();

describe("event form", () => {
  it("reads the registration deadline as wall-clock time in the event's zone", () => {
    expect(form().registrationDeadline.toISOString()).toBe("2026-12-10T10:00:00.000Z");
    expect(form({ timeZone: "Asia/Tokyo" }).registrationDeadline.toISOString()).toBe("2026-12-10T09:00:00.000Z");
  });

  it("refuses an event without a name, place, or a day long enough for one talk", () => {
    const result = eventSchema.safeParse({ ...form(), nameJa: "", nameEn: "", place: "", dayEnd: "14:10", registrationDeadline: "2026-12-10T18:00" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(["name:events.errors.nameRequired", "place:events.errors.placeRequired", "dayEnd:events.errors.dayTooShort"]));
  });
});

describe("organizing an event", () => {
  it("creates the event for the admin's own chamber and lets only that chamber's admins edit it", async () => {
    const admin = await chamberAdmin();
    const event = await createEvent(admin, form());
    expect(event.chamberId).toBe(admin.chamberId);
    const other = await chamberAdmin("Yanbian Chamber of Commerce");
    await expect(updateEvent(other, event.id, form({ tables: "9" }))).rejects.toMatchObject({ key: "events.errors.eventNotFound" });
    const sme = await member("sme", { ja: "見附ニット" });
    await expect(createEvent(sme.user, form())).rejects.toMatchObject({ key: "forbidden" });
    const [row] = await (await getDb()).select({ tables: events.tables }).from(events).where(eq(events.id, event.id));
    expect(row!.tables).toBe(1);
    await updateEvent(admin, event.id, form({ tables: "9" }));
    const [after] = await (await getDb()).select({ tables: events.tables }).from(events).where(eq(events.id, event.id));
    expect(after!.tables).toBe(9);
  });

  it("lets only the organizer chamber's admins decide registrations", async () => {
    const admin = await chamberAdmin();
    const event = await createEvent(admin, form());
    const sme = await member("sme", { ja: "見附ニット" });
    const p = await registerForEvent(sme.user, { eventId: event.id, productIds: [] }, NOW);
    const other = await chamberAdmin("Yanbian Chamber of Commerce");
    await expect(decideRegistration(other, event.id, { participantId: p.id, decision: "accepted" })).rejects.toMatchObject({
      key: "events.errors.eventNotFound",
    });
    const [row] = await (await getDb()).select({ status: eventParticipants.status }).from(eventParticipants).where(eq(eventParticipants.id, p.id));
    expect(row!.status).toBe("pending");
    await expect(listRegistrations(other, event.id)).rejects.toMatchObject({ key: "events.errors.eventNotFound" });
    const list = await listRegistrations(admin, event.id);
    expect(list.map((r) => [r.company.name.ja, r.participant.status])).toEqual([["見附ニット", "pending"]]);
  });
});

describe("registration", () => {
  it("takes approved companies of allowed kinds before the deadline, once", async () => {
    const admin = await chamberAdmin();
    const event = await createEvent(admin, form({ allowedKinds: ["sme"] }));
    const pending = await member("sme", { ja: "審査中" }, "pending");
    await expect(registerForEvent(pending.user, { eventId: event.id, productIds: [] }, NOW)).rejects.toMatchObject({
      key: "events.errors.companyNotApproved",
    });
    const dist = await member("distributor", { zh: "延边贸易" });
    await expect(registerForEvent(dist.user, { eventId: event.id, productIds: [] }, NOW)).rejects.toMatchObject({ key: "events.errors.kindNotAllowed" });
    const sme = await member("sme", { ja: "見附ニット" });
    await expect(registerForEvent(sme.user, { eventId: event.id, productIds: [] }, new Date("2026-12-10T10:00:00Z"))).rejects.toMatchObject({
      key: "events.errors.registrationClosed",
    });
    await registerForEvent(sme.user, { eventId: event.id, productIds: [] }, NOW);
    await expect(registerForEvent(sme.user, { eventId: event.id, productIds: [] }, NOW)).rejects.toMatchObject({ key: "events.errors.alreadyRegistered" });
    const rows = await (await getDb()).select().from(eventParticipants).where(eq(eventParticipants.eventId, event.id));
    expect(rows.map((r) => [r.companyId, r.status])).toEqual([[sme.company.id, "pending"]]);
  });

  it("keeps availability to the event's own slots", async () => {
    const { event, sme } = await staged();
    await expect(setAvailability(sme.user, { eventId: event.id, slots: ["2026-12-15T06:05:00.000Z"] })).rejects.toMatchObject({
      key: "events.errors.slotInvalid",
    });
    expect(await setAvailability(sme.user, { eventId: event.id, slots: ["2026-12-15T06:30:00Z"] })).toEqual(["2026-12-15T06:30:00.000Z"]);
  });
});

describe("talk requests", () => {
  it("are only between accepted participants of opposite sides", async () => {
    const { event, sme, dist, dist2 } = await staged();
    await expect(requestTalk(dist.user, { eventId: event.id, toCompanyId: dist2.company.id }, NOW)).rejects.toMatchObject({
      key: "events.errors.participantNotFound",
    });
    const outsider = await member("distributor", { zh: "未报名" });
    await expect(requestTalk(outsider.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW)).rejects.toMatchObject({
      key: "events.errors.notParticipant",
    });
    const waiting = await member("distributor", { zh: "待审" });
    await registerForEvent(waiting.user, { eventId: event.id, productIds: [] }, NOW);
    await expect(requestTalk(waiting.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW)).rejects.toMatchObject({
      key: "events.errors.notParticipant",
    });
    await expect(readAgenda(waiting.user, event.id)).rejects.toMatchObject({ key: "events.errors.notParticipant" });
    expect(await (await getDb()).select().from(eventTalkRequests)).toEqual([]);
  });

  it("refuses a request past the pending cap until one expires, and an expired request can no longer be accepted", async () => {
    const { admin, event, sme, dist } = await staged({ maxPendingRequests: "1", requestExpiryHours: "24" });
    const sme2 = await member("sme", { ja: "燕三条" });
    const p = await registerForEvent(sme2.user, { eventId: event.id, productIds: [] }, NOW);
    await decideRegistration(admin, event.id, { participantId: p.id, decision: "accepted" });
    const first = await requestTalk(dist.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW);
    await expect(requestTalk(dist.user, { eventId: event.id, toCompanyId: sme2.company.id }, NOW)).rejects.toMatchObject({
      key: "events.errors.tooManyPending",
      params: { max: 1 },
    });
    await expect(requestTalk(sme.user, { eventId: event.id, toCompanyId: dist.company.id }, NOW)).rejects.toMatchObject({
      key: "events.errors.alreadyRequested",
    });
    const later = new Date(NOW.getTime() + 24 * 3_600_000);
    await expect(answerTalkRequest(sme.user, { requestId: first.id, decision: "accepted" }, later)).rejects.toMatchObject({
      key: "events.errors.requestNotPending",
    });
    const second = await requestTalk(dist.user, { eventId: event.id, toCompanyId: sme2.company.id }, later);
    const again = await requestTalk(dist.user, { eventId: event.id, toCompanyId: sme.company.id }, later).catch((e: unknown) => e);
    expect(again).toMatchObject({ key: "events.errors.tooManyPending" });
    const rows = await (await getDb()).select().from(eventTalkRequests).orderBy(eventTalkRequests.createdAt);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [first.id]: "expired", [second.id]: "pending" });
  });

  it("counts requests sent at the same moment against the cap one by one", async () => {
    const { admin, event, dist } = await staged({ maxPendingRequests: "1" });
    const smes = [await member("sme", { ja: "燕三条" }), await member("sme", { ja: "長岡" })];
    for (const s of smes) {
      const p = await registerForEvent(s.user, { eventId: event.id, productIds: [] }, NOW);
      await decideRegistration(admin, event.id, { participantId: p.id, decision: "accepted" });
    }
    const outcomes = await Promise.allSettled(smes.map((s) => requestTalk(dist.user, { eventId: event.id, toCompanyId: s.company.id }, NOW)));
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await (await getDb()).select().from(eventTalkRequests)).toHaveLength(1);
  });

  it("are answered only by the company asked, and not across a block", async () => {
    const { event, sme, dist, dist2 } = await staged();
    const request = await requestTalk(dist.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW);
    await expect(answerTalkRequest(dist2.user, { requestId: request.id, decision: "accepted" }, NOW)).rejects.toMatchObject({
      key: "events.errors.requestNotFound",
    });
    await expect(answerTalkRequest(dist.user, { requestId: request.id, decision: "accepted" }, NOW)).rejects.toMatchObject({
      key: "events.errors.requestNotFound",
    });
    expect((await answerTalkRequest(sme.user, { requestId: request.id, decision: "declined" }, NOW)).status).toBe("declined");
    await (await getDb()).insert(companyBlocks).values({ blockerId: sme.company.id, blockedId: dist2.company.id });
    await expect(requestTalk(dist2.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW)).rejects.toMatchObject({
      key: "events.errors.contactEnded",
    });
  });
});

describe("schedule and agenda", () => {
  it("proposes the better match first into the one table, around availability, and publishes it to both agendas in their zones", async () => {
    const { admin, event, sme, dist, dist2 } = await staged();
    const db = await getDb();
    await db.insert(matches).values([
      { smeId: sme.company.id, distributorId: dist.company.id, score: 0.4, reasons: [] },
      { smeId: sme.company.id, distributorId: dist2.company.id, score: 0.9, reasons: [] },
    ]);
    // Yanbian Trading can only talk at 14:30 CST; the SME can talk at both slots.
    await setAvailability(dist.user, { eventId: event.id, slots: ["2026-12-15T06:30:00.000Z"] });
    for (const d of [dist, dist2]) {
      const r = await requestTalk(d.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW);
      await answerTalkRequest(sme.user, { requestId: r.id, decision: "accepted" }, NOW);
    }
    expect(await proposeSchedule(admin, event.id, NOW)).toEqual({ placed: 2, unscheduled: 0 });
    const review = await readProposal(admin, event.id);
    expect(review.unscheduled).toBe(0);
    expect(review.talks.map((t) => [t.startsAt.toISOString(), t.tableNo, t.sme.name.en, t.distributor.name.en])).toEqual([
      ["2026-12-15T06:00:00.000Z", 1, "Mitsuke Knit", "Guangzhou Stores"],
      ["2026-12-15T06:30:00.000Z", 1, "Mitsuke Knit", "Yanbian Trading"],
    ]);
    await expect(readProposal(await chamberAdmin("Guangdong Chamber"), event.id)).rejects.toMatchObject({ key: "events.errors.eventNotFound" });
    const draft = await readDraftFor(admin, event.id, sme.company.id);
    expect(draft.map((t) => [t.startsAt.toISOString(), t.tableNo, t.other.name.en])).toEqual([
      ["2026-12-15T06:00:00.000Z", 1, "Guangzhou Stores"],
      ["2026-12-15T06:30:00.000Z", 1, "Yanbian Trading"],
    ]);
    expect((await readAgenda(sme.user, event.id)).talks).toEqual([]);

    const other = await chamberAdmin("Yanbian Chamber of Commerce");
    await expect(publishSchedule(other, event.id, NOW)).rejects.toMatchObject({ key: "events.errors.eventNotFound" });
    expect(await publishSchedule(admin, event.id, NOW)).toHaveLength(2);

    const smeAgenda = await readAgenda(sme.user, event.id);
    expect(smeAgenda.timeZone).toBe("Asia/Tokyo");
    const distAgenda = await readAgenda(dist.user, event.id);
    expect(distAgenda.timeZone).toBe("Asia/Shanghai");
    const talk = distAgenda.talks[0]!;
    const clock = (zone: string) => new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit" }).format(talk.startsAt);
    expect([clock(distAgenda.timeZone), clock(smeAgenda.timeZone)]).toEqual(["14:30", "15:30"]);
    expect(talk.endsAt.toISOString()).toBe("2026-12-15T06:50:00.000Z");

    const ics = agendaIcs(smeAgenda, "en");
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("DTSTART:20261215T060000Z");
    expect(ics).toContain("DTSTART:20261215T063000Z");
    expect(ics).toContain("Guangzhou Stores");
  });

  it("leaves out what does not fit, and republishing reports only the talks that moved", async () => {
    const { admin, event, sme, dist, dist2 } = await staged();
    const r1 = await requestTalk(dist.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW);
    await answerTalkRequest(sme.user, { requestId: r1.id, decision: "accepted" }, NOW);
    await proposeSchedule(admin, event.id, NOW);
    expect((await publishSchedule(admin, event.id, NOW)).map((c) => [c.requestId, c.change])).toEqual([[r1.id, "added"]]);

    const r2 = await requestTalk(dist2.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW);
    await answerTalkRequest(sme.user, { requestId: r2.id, decision: "accepted" }, NOW);
    // The SME is now only free at 14:30: one of the two talks cannot be placed.
    await setAvailability(sme.user, { eventId: event.id, slots: ["2026-12-15T06:30:00Z"] });
    expect(await proposeSchedule(admin, event.id, NOW)).toEqual({ placed: 1, unscheduled: 1 });
    expect((await readProposal(admin, event.id)).unscheduled).toBe(1);
    const changes = await publishSchedule(admin, event.id, NOW);
    // Equal scores: either the first talk moves to 14:30, or it is taken off and the second is added.
    const kinds = changes.map((c) => c.change).sort();
    expect([["moved"], ["added", "removed"]]).toContainEqual(kinds);
    const talks = await (
      await getDb()
    )
      .select()
      .from(eventTalks)
      .where(and(eq(eventTalks.eventId, event.id)));
    expect(talks.map((t) => [t.status, t.startsAt.toISOString()])).toEqual([["scheduled", "2026-12-15T06:30:00.000Z"]]);
    expect(slotStarts(event)).toHaveLength(2);
  });

  it("keeps the days and hours once talks are placed, while other details still change", async () => {
    const { admin, event, sme, dist } = await staged();
    const r = await requestTalk(dist.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW);
    await answerTalkRequest(sme.user, { requestId: r.id, decision: "accepted" }, NOW);
    await proposeSchedule(admin, event.id, NOW);
    await expect(updateEvent(admin, event.id, form({ dayStart: "13:00" }))).rejects.toMatchObject({ key: "events.errors.scheduleExists" });
    const renamed = await updateEvent(admin, event.id, form({ nameEn: "Guangdong SME Forum talks", tables: "3" }));
    expect([renamed.name.en, renamed.dayStart, renamed.tables]).toEqual(["Guangdong SME Forum talks", "14:00", 3]);
  });

  it("leaves talks already held where they are and plans the rest around their tables", async () => {
    const { admin, event, sme, dist, dist2 } = await staged({ tables: "2" });
    const r1 = await requestTalk(dist.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW);
    await answerTalkRequest(sme.user, { requestId: r1.id, decision: "accepted" }, NOW);
    await proposeSchedule(admin, event.id, NOW);
    await publishSchedule(admin, event.id, NOW);
    const db = await getDb();
    await db.update(eventTalks).set({ status: "held" }).where(eq(eventTalks.requestId, r1.id));
    const sme2 = await member("sme", { ja: "燕三条" });
    const p = await registerForEvent(sme2.user, { eventId: event.id, productIds: [] }, NOW);
    await decideRegistration(admin, event.id, { participantId: p.id, decision: "accepted" });
    const r2 = await requestTalk(dist2.user, { eventId: event.id, toCompanyId: sme2.company.id }, NOW);
    await answerTalkRequest(sme2.user, { requestId: r2.id, decision: "accepted" }, NOW);
    expect(await proposeSchedule(admin, event.id, NOW)).toEqual({ placed: 1, unscheduled: 0 });
    await publishSchedule(admin, event.id, NOW);
    const talks = await db.select().from(eventTalks).where(eq(eventTalks.eventId, event.id)).orderBy(eventTalks.startsAt, eventTalks.tableNo);
    expect(talks.map((t) => [t.requestId, t.status, t.startsAt.toISOString(), t.tableNo])).toEqual([
      [r1.id, "held", "2026-12-15T06:00:00.000Z", 1],
      [r2.id, "scheduled", "2026-12-15T06:00:00.000Z", 2],
    ]);
  });

  it("refuses to publish when nothing is proposed", async () => {
    const { admin, event } = await staged();
    await expect(publishSchedule(admin, event.id, NOW)).rejects.toMatchObject({ key: "events.errors.nothingProposed" });
  });
});
