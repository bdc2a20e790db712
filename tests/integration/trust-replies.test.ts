import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companyReplyStats, inquiries, inquiryMessages, matchQueue, notifications } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const { refreshInquiryFacts } = await import("@/lib/inquiries/facts");
const { refreshReplyStats, replyStatsFor } = await import("@/lib/trust/reply-stats");
const { runReplyReminders, listWaitingForReply } = await import("@/lib/trust/reply-reminders");
const { loadReplyRates } = await import("@/lib/matching/responsiveness");
const { notificationText } = await import("@/lib/notifications/render");

withTestDatabase();

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

async function world() {
  const chamber = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const smeUser = await insertUser({ role: "sme" });
  const sme = await insertCompany({ kind: "sme", chamberId: chamber.id, name: { ja: "見附ニット", en: "Mitsuke Knit" } }, smeUser);
  const distUser = await insertUser({ role: "distributor" });
  const dist = await insertCompany({ kind: "distributor", name: { zh: "延边大洋", en: "Yanbian Dayang" } }, distUser);
  const admin = await insertUser({ role: "chamber_admin", chamberId: chamber.id });
  return { chamber, sme, smeUser, dist, distUser, admin };
}

type World = Awaited<ReturnType<typeof world>>;

/** A thread the distributor opened (the SME owes the reply), answered `replyAfterMs` later or never. */
async function thread(w: World, openedAt: string, replyAfterMs: number | null, by: "sme" | "distributor" = "distributor") {
  const db = await getDb();
  const [inq] = await db
    .insert(inquiries)
    .values({
      smeId: w.sme.id,
      distributorId: w.dist.id,
      chamberId: w.chamber.id,
      openedByCompanyId: by === "sme" ? w.sme.id : w.dist.id,
      source: "profile",
      subject: "Knitwear",
      createdAt: at(openedAt),
    })
    .returning();
  await db.insert(inquiryMessages).values({ inquiryId: inq!.id, authorSide: by, body: "Hello", createdAt: at(openedAt) });
  if (replyAfterMs !== null) {
    await db.insert(inquiryMessages).values({
      inquiryId: inq!.id,
      authorSide: by === "sme" ? "distributor" : "sme",
      body: "Thanks",
      createdAt: new Date(at(openedAt).getTime() + replyAfterMs),
    });
  }
  await refreshInquiryFacts(db, [inq!.id]);
  return inq!;
}

const ofType = async (userId: string, type: string) =>
  (await (await getDb()).select().from(notifications).where(eq(notifications.userId, userId))).filter((n) => n.type === type);

describe("reply rate and median reply time", () => {
  it("equals the share of first messages answered within 2 Japanese working days, counted by hand", async () => {
    const w = await world();
    // First messages to the SME (Japan's calendar). Each thread's deadline, worked out by hand:
    // Mon 2026-11-02 10:00 JST: 3 November is Culture Day, so Wed 4 and Thu 5 pass; due Fri 6
    // 00:00 JST, which is 86 hours after it was sent.
    await thread(w, "2026-11-02T01:00:00Z", 50 * HOUR); // Wed 4 12:00 JST: in time
    await thread(w, "2026-11-02T01:00:00Z", 78 * HOUR); // Thu 5 16:00 JST: in time
    await thread(w, "2026-11-02T01:00:00Z", 85 * HOUR); // Thu 5 23:00 JST: in time, an hour to spare
    await thread(w, "2026-11-02T01:00:00Z", 87 * HOUR); // Fri 6 01:00 JST: late
    // Fri 2026-11-13 10:00 JST: Mon 16 and Tue 17 pass; due Wed 18 00:00 JST.
    await thread(w, "2026-11-13T01:00:00Z", 2 * HOUR); // in time
    await thread(w, "2026-11-13T01:00:00Z", null); // never answered: judged, not in time
    // Opened by the SME: the distributor owes this one, it is not the SME's.
    await thread(w, "2026-11-13T01:00:00Z", null, "sme");
    // Within its 2 working days at `now` and unanswered: not judged yet.
    await thread(w, "2026-12-07T01:00:00Z", null);
    // Older than 90 days: outside the window.
    await thread(w, "2026-08-03T01:00:00Z", null);

    const now = at("2026-12-08T03:00:00Z");
    await refreshReplyStats(now);
    const inTime = 4; // the three of 2 November answered before Fri 6 00:00 JST, and the one of 13 November
    const judged = 6; // the four of 2 November, the two of 13 November owed by the SME
    const [row] = await (await getDb()).select().from(companyReplyStats).where(eq(companyReplyStats.companyId, w.sme.id));
    expect(row).toMatchObject({ judged, answeredInTime: inTime });
    expect(row!.rate).toBeCloseTo(inTime / judged, 5);
    // The answered five took 2, 50, 78, 85 and 87 hours: the median is 78 hours.
    expect(row!.medianMinutes).toBe(78 * 60);
    // The distributor owed one reply, which never came, and is still "new" (fewer than 3 judged).
    const figures = await replyStatsFor([w.sme.id, w.dist.id]);
    expect(figures.get(w.dist.id)).toEqual({ judged: 1, answeredInTime: 0, rate: null, medianMinutes: null });
    // The matching engine reads the same rate, and none for the new company.
    const rates = await loadReplyRates(await getDb(), [w.sme.id, w.dist.id]);
    expect(rates.get(w.sme.id)).toBeCloseTo(inTime / judged, 5);
    expect(rates.has(w.dist.id)).toBe(false);
    // The SME's matches are queued for rescoring now that it has a rate; the distributor's are not.
    const queued = (await (await getDb()).select().from(matchQueue)).map((q) => q.companyId);
    expect(queued).toContain(w.sme.id);
    expect(queued).not.toContain(w.dist.id);
  });

  it("drops a company's figures once its first messages leave the 90-day window", async () => {
    const w = await world();
    for (let i = 0; i < 3; i++) await thread(w, "2026-09-01T01:00:00Z", HOUR);
    await refreshReplyStats(at("2026-10-01T00:00:00Z"));
    expect((await replyStatsFor([w.sme.id])).get(w.sme.id)).toMatchObject({ judged: 3, answeredInTime: 3, rate: 1, medianMinutes: 60 });
    await refreshReplyStats(at("2026-12-01T00:00:00Z"));
    expect((await replyStatsFor([w.sme.id])).has(w.sme.id)).toBe(false);
  });
});

describe("silence after a first message", () => {
  it("reminds the receiving company once, when its second working day has passed", async () => {
    const w = await world();
    // The SME writes on Friday 2026-12-04 10:00 JST; the distributor (China's calendar) has Monday
    // and Tuesday; the reminder is due Wednesday 9 December 00:00 CST (8 December 16:00 UTC).
    const inq = await thread(w, "2026-12-04T01:00:00Z", null, "sme");
    expect(await runReplyReminders(at("2026-12-08T15:59:00Z"))).toEqual({ reminded: 0, listed: 0 });
    expect(await runReplyReminders(at("2026-12-08T16:00:00Z"))).toEqual({ reminded: 1, listed: 0 });
    expect(await runReplyReminders(at("2026-12-08T16:15:00Z"))).toEqual({ reminded: 0, listed: 0 });
    const reminders = await ofType(w.distUser.id, "reply_reminder");
    expect(reminders).toHaveLength(1);
    expect(await ofType(w.smeUser.id, "reply_reminder")).toEqual([]);
    expect(notificationText("en", "reply_reminder", reminders[0]!.payload)).toBe("“Knitwear” from Mitsuke Knit is waiting for your reply");
    // The distributor reads it in Chinese; the SME has no Chinese name, so its English one is shown.
    expect(notificationText("zh", "reply_reminder", reminders[0]!.payload)).toBe("来自Mitsuke Knit的“Knitwear”正在等待您的回复");
    expect(reminders[0]!.payload).toMatchObject({ inquiryId: inq.id });
  });

  it("puts the thread on the SME's chamber's waiting list once, after 5 working days", async () => {
    const w = await world();
    // The SME writes on Friday 4 December (JST): the distributor's 5 working days are 7–11
    // December, so the thread is listed from Saturday 12 December 00:00 CST (11 December 16:00 UTC).
    const inq = await thread(w, "2026-12-04T01:00:00Z", null, "sme");
    await runReplyReminders(at("2026-12-08T16:00:00Z"));
    expect(await runReplyReminders(at("2026-12-11T15:59:00Z"))).toEqual({ reminded: 0, listed: 0 });
    expect(await listWaitingForReply({ chamberId: w.chamber.id })).toEqual([]);
    expect(await runReplyReminders(at("2026-12-11T16:00:00Z"))).toEqual({ reminded: 0, listed: 1 });
    expect(await runReplyReminders(at("2026-12-14T01:00:00Z"))).toEqual({ reminded: 0, listed: 0 });
    const listed = await listWaitingForReply({ chamberId: w.chamber.id });
    expect(listed.map((t) => ({ id: t.id, receiverSide: t.receiverSide }))).toEqual([{ id: inq.id, receiverSide: "distributor" }]);
    // Another chamber's list does not show it.
    const other = await chamberNamed("Tsubame Chamber of Commerce and Industry");
    expect(await listWaitingForReply({ chamberId: other.id })).toEqual([]);
    const notices = await ofType(w.admin.id, "reply_waiting");
    expect(notices).toHaveLength(1);
    expect(notificationText("en", "reply_waiting", notices[0]!.payload)).toBe("“Knitwear”: Yanbian Dayang has not replied for 5 working days");
    // A reply takes it off the list.
    await (await getDb()).insert(inquiryMessages).values({ inquiryId: inq.id, authorSide: "distributor", body: "您好" });
    await refreshInquiryFacts(await getDb(), [inq.id]);
    expect(await listWaitingForReply({ chamberId: w.chamber.id })).toEqual([]);
  });

  it("sends nothing for a thread answered in time", async () => {
    const w = await world();
    await thread(w, "2026-12-04T01:00:00Z", 3 * HOUR, "sme");
    expect(await runReplyReminders(at("2026-12-20T00:00:00Z"))).toEqual({ reminded: 0, listed: 0 });
    expect(await ofType(w.distUser.id, "reply_reminder")).toEqual([]);
  });
});
