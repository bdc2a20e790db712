import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { inquiries, inquiryMessages, introductionFollowups, matchRecommendations, notifications } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { formData } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const { runIntroductionReminders } = await import("@/lib/chamber/followups");
const { loadIntroductions, stateOf } = await import("@/lib/chamber/introductions");
const { afterWorkingDays } = await import("@/lib/chamber/working-days");
const actions = await import("@/app/[locale]/chamber/introductions/actions");
const { notificationText } = await import("@/lib/notifications/render");

withTestDatabase();

const at = (iso: string) => new Date(iso);

async function pair(recommendedAt: string) {
  const chamber = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const smeUser = await insertUser({ role: "sme" });
  const sme = await insertCompany({ kind: "sme", chamberId: chamber.id, name: { ja: "見附ニット", en: "Mitsuke Knit" } }, smeUser);
  const distUser = await insertUser({ role: "distributor" });
  const dist = await insertCompany({ kind: "distributor", name: { zh: "延边贸易", en: "Yanbian Trading" } }, distUser);
  await (await getDb()).insert(matchRecommendations).values({ smeId: sme.id, distributorId: dist.id, chamberId: chamber.id, createdAt: at(recommendedAt) });
  return { chamber, sme, smeUser, dist, distUser };
}

const remindersOf = async (userId: string) =>
  (await (await getDb()).select().from(notifications).where(eq(notifications.userId, userId))).filter((n) => n.type === "introduction_reminder");

async function openInquiry(w: Awaited<ReturnType<typeof pair>>, openedAt: string, by: "sme" | "distributor") {
  const [inq] = await (
    await getDb()
  )
    .insert(inquiries)
    .values({
      smeId: w.sme.id,
      distributorId: w.dist.id,
      openedByCompanyId: by === "sme" ? w.sme.id : w.dist.id,
      source: "match",
      subject: "Knitwear",
      createdAt: at(openedAt),
    })
    .returning();
  await (await getDb()).insert(inquiryMessages).values({ inquiryId: inq!.id, authorSide: by, body: "Hello", createdAt: at(openedAt) });
  return inq!;
}

describe("introductions followed", () => {
  it("counts working days in the waiting side's zone, skipping the weekend", () => {
    // Friday 2026-12-04 10:00 JST: Monday, Tuesday, Wednesday pass; due Thursday 00:00 JST.
    expect(afterWorkingDays(at("2026-12-04T01:00:00Z"), 3, "Asia/Tokyo").toISOString()).toBe("2026-12-09T15:00:00.000Z");
    // Monday in Shanghai: Tuesday, Wednesday, Thursday; due Friday 00:00 CST.
    expect(afterWorkingDays(at("2026-12-07T02:00:00Z"), 3, "Asia/Shanghai").toISOString()).toBe("2026-12-10T16:00:00.000Z");
  });

  it("reminds both sides once, 7 days after a recommendation nobody acted on", async () => {
    const w = await pair("2026-12-01T00:00:00Z");
    expect(await runIntroductionReminders(at("2026-12-07T23:59:00Z"))).toBe(0);
    expect(await remindersOf(w.smeUser.id)).toEqual([]);
    expect(await runIntroductionReminders(at("2026-12-08T00:00:00Z"))).toBe(1);
    expect(await runIntroductionReminders(at("2026-12-08T00:15:00Z"))).toBe(0);
    expect(await runIntroductionReminders(at("2026-12-20T00:00:00Z"))).toBe(0);
    const [sme] = await remindersOf(w.smeUser.id);
    expect(await remindersOf(w.distUser.id)).toHaveLength(1);
    expect(notificationText("en", "introduction_reminder", sme!.payload)).toBe(
      "Mitsuke Chamber of Commerce and Industry recommended Yanbian Trading to you: have you been in touch?",
    );
    const [intro] = await loadIntroductions(await getDb(), w.chamber.id);
    expect(stateOf(intro!, at("2026-12-14T23:59:00Z"))).toBe("recommended");
    expect(stateOf(intro!, at("2026-12-15T00:00:00Z"))).toBe("silent");
  });

  it("does not remind a pair that talked, and follows its state to signed", async () => {
    const w = await pair("2026-12-01T00:00:00Z");
    const inq = await openInquiry(w, "2026-12-02T01:00:00Z", "sme");
    await (await getDb()).insert(inquiryMessages).values({ inquiryId: inq.id, authorSide: "distributor", body: "你好", createdAt: at("2026-12-02T05:00:00Z") });
    expect(await runIntroductionReminders(at("2027-01-30T00:00:00Z"))).toBe(0);
    expect(await remindersOf(w.smeUser.id)).toEqual([]);
    expect(await remindersOf(w.distUser.id)).toEqual([]);
    let [intro] = await loadIntroductions(await getDb(), w.chamber.id);
    expect(stateOf(intro!, at("2027-01-30T00:00:00Z"))).toBe("replied");
    await (await getDb()).update(inquiries).set({ stage: "signed" }).where(eq(inquiries.id, inq.id));
    [intro] = await loadIntroductions(await getDb(), w.chamber.id);
    expect(stateOf(intro!, at("2027-01-30T00:00:00Z"))).toBe("signed");
  });

  it("reminds only the waiting side of an unanswered inquiry, on the fourth working day in its zone, once", async () => {
    const w = await pair("2026-12-01T00:00:00Z");
    // The SME writes on Friday 4 December (JST); the distributor owes the reply, counted in China time.
    await openInquiry(w, "2026-12-04T01:00:00Z", "sme");
    expect(await runIntroductionReminders(at("2026-12-09T15:59:00Z"))).toBe(0);
    expect(await runIntroductionReminders(at("2026-12-09T16:00:00Z"))).toBe(1);
    expect(await runIntroductionReminders(at("2026-12-10T16:00:00Z"))).toBe(0);
    expect(await remindersOf(w.smeUser.id)).toEqual([]);
    const [reminder] = await remindersOf(w.distUser.id);
    expect(notificationText("zh", "introduction_reminder", reminder!.payload)).toBe(
      "“Knitwear”正在等待您的回复（Mitsuke Chamber of Commerce and Industry介绍的Mitsuke Knit）",
    );
  });

  it("moves a reply reminder that would fall in China's National Day holidays to after them", async () => {
    const w = await pair("2026-09-20T00:00:00Z");
    // The SME writes on Tuesday 29 September; three Chinese working days would end on 2 October
    // without the holidays: 30 September, then 8 and 9 October (1–7 October are off).
    await openInquiry(w, "2026-09-29T02:00:00Z", "sme");
    expect(await runIntroductionReminders(at("2026-10-06T16:00:00Z"))).toBe(0);
    expect(await runIntroductionReminders(at("2026-10-09T15:59:00Z"))).toBe(0);
    expect(await runIntroductionReminders(at("2026-10-09T16:00:00Z"))).toBe(1);
    expect(await remindersOf(w.distUser.id)).toHaveLength(1);
  });

  it("lets the chamber admin nudge or close a silent introduction, and refuses another chamber's admin", async () => {
    const w = await pair("2026-12-01T00:00:00Z");
    await runIntroductionReminders(at("2026-12-08T00:00:00Z"));
    const admin = await insertUser({ role: "chamber_admin", chamberId: w.chamber.id });
    const stranger = await insertUser({ role: "chamber_admin", chamberId: (await chamberNamed("Tsubame Chamber of Commerce and Industry")).id });
    const key = { locale: "en", smeId: w.sme.id, distributorId: w.dist.id, chamberId: w.chamber.id };
    authMock.auth.mockResolvedValue({ user: { id: stranger.id }, expires: "2099-01-01" });
    expect((await actions.closeIntroductionAction(undefined, formData({ ...key, reason: "x" }))).ok).toBe(false);
    expect((await actions.nudgeIntroductionAction(undefined, formData(key))).ok).toBe(false);
    authMock.auth.mockResolvedValue({ user: { id: admin.id }, expires: "2099-01-01" });
    expect(await actions.nudgeIntroductionAction(undefined, formData(key))).toMatchObject({ ok: true });
    expect(await remindersOf(w.smeUser.id)).toHaveLength(2);
    expect((await actions.closeIntroductionAction(undefined, formData({ ...key, reason: " " }))).ok).toBe(false);
    expect(await actions.closeIntroductionAction(undefined, formData({ ...key, reason: "The distributor stopped importing knitwear" }))).toMatchObject({
      ok: true,
    });
    const [row] = await (await getDb()).select().from(introductionFollowups);
    expect(row).toMatchObject({ closedReason: "The distributor stopped importing knitwear", closedBy: admin.id });
    const [intro] = await loadIntroductions(await getDb(), w.chamber.id);
    expect(stateOf(intro!, at("2027-02-01T00:00:00Z"))).toBe("closed");
  });
});
