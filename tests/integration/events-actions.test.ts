import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { eventParticipants, eventTalks, events, type User } from "@/db/schema";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";
import { chamberAdmin, member, NOW, staged } from "./events-support";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const { createEventAction } = await import("@/app/[locale]/events/new/actions");
const { registerAction, writeNoteAction } = await import("@/app/[locale]/events/[id]/actions");
const { proposeSchedule, publishSchedule } = await import("@/lib/events/plan");
const { answerTalkRequest, requestTalk } = await import("@/lib/events/requests");

withTestDatabase();

const as = (user: User) => authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });

const fields = {
  nameJa: "見附商談会",
  place: "見附市中央公民館",
  startsOn: "2099-06-10",
  endsOn: "2099-06-10",
  timeZone: "Asia/Tokyo",
  talkMinutes: "30",
  breakMinutes: "0",
  dayStart: "10:00",
  dayEnd: "12:00",
  tables: "2",
  registrationDeadline: "2099-06-01T18:00",
  allowedKinds: ["sme", "distributor"],
  requestExpiryHours: "48",
  maxPendingRequests: "5",
};

function redirectOf(error: unknown): string | undefined {
  const digest = (error as { digest?: string })?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] : undefined;
}

describe("event actions", () => {
  it("refuses an event form without name or place in the reader's language and creates nothing", async () => {
    as(await chamberAdmin());
    const state = await createEventAction(undefined, pageForm("ja", { ...fields, nameJa: "", place: "", tables: "0" }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toMatchObject({
      name: ["イベント名を少なくとも1つの言語で入力してください。"],
      place: ["会場か、オンラインの会議リンクを入力してください。"],
      tables: ["範囲内の整数を入力してください。"],
    });
    expect(await (await getDb()).select().from(events)).toEqual([]);
  });

  it("creates the admin's chamber's event and opens its manage page", async () => {
    const admin = await chamberAdmin();
    as(admin);
    const redirect = redirectOf(await createEventAction(undefined, pageForm("en", fields)).catch((e: unknown) => e));
    const [row] = await (await getDb()).select().from(events);
    expect([redirect, row!.chamberId, row!.registrationDeadline.toISOString()]).toEqual([
      `/en/events/${row!.id}/manage`,
      admin.chamberId,
      "2099-06-01T09:00:00.000Z",
    ]);
  });

  it("registers the caller's own company and answers in Chinese", async () => {
    as(await chamberAdmin());
    await createEventAction(undefined, pageForm("en", fields)).catch(() => undefined);
    const [event] = await (await getDb()).select().from(events);
    const dist = await member("distributor", { zh: "延边贸易" });
    as(dist.user);
    expect(await registerAction(undefined, pageForm("zh", { eventId: event!.id }))).toMatchObject({ ok: true, message: "报名已提交，请等待主办方审核。" });
    const rows = await (await getDb()).select().from(eventParticipants);
    expect(rows.map((r) => [r.companyId, r.status])).toEqual([[dist.company.id, "pending"]]);
    expect(await registerAction(undefined, pageForm("zh", { eventId: event!.id }))).toMatchObject({ ok: false, message: "贵公司已报名此活动。" });
  });

  it("refuses a note with an interest out of range and changes nothing", async () => {
    const sme = await member("sme", { ja: "見附ニット" });
    as(sme.user);
    const state = await writeNoteAction(undefined, pageForm("ja", { talkId: crypto.randomUUID(), interest: "9", nextStep: "later" }));
    expect(state.fieldErrors).toMatchObject({ interest: ["範囲内の整数を入力してください。"], nextStep: ["次のステップを選んでください。"] });
    expect(await (await getDb()).select().from(eventTalks).where(eq(eventTalks.smeId, sme.company.id))).toEqual([]);
  });
});

describe("event files", () => {
  it("serves the agenda's .ics to an accepted participant and the report's CSV to the organizer, and not-found to others", async () => {
    const { GET: ics } = await import("@/app/api/events/[id]/ics/route");
    const { GET: report } = await import("@/app/api/events/[id]/report/route");
    const { admin, event, sme, dist } = await staged();
    const request = await requestTalk(dist.user, { eventId: event.id, toCompanyId: sme.company.id }, NOW);
    await answerTalkRequest(sme.user, { requestId: request.id, decision: "accepted" }, NOW);
    await proposeSchedule(admin, event.id, NOW);
    await publishSchedule(admin, event.id, NOW);
    const params = { params: Promise.resolve({ id: event.id }) };
    as(sme.user);
    const file = await ics(new Request(`http://localhost:3000/api/events/${event.id}/ics`), params);
    expect([file.status, file.headers.get("content-type")]).toEqual([200, "text/calendar; charset=utf-8"]);
    expect(await file.text()).toContain("DTSTART:20261215T060000Z");
    expect((await report(new Request(`http://localhost:3000/api/events/${event.id}/report`), params)).status).toBe(404);
    as(admin);
    const csv = await report(new Request(`http://localhost:3000/api/events/${event.id}/report?locale=ja`), params);
    expect(csv.status).toBe(200);
    // The bytes, since text() drops a byte-order mark: UTF-8's BOM, then the Japanese headers.
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8").startsWith("企業,区分,登録状況")).toBe(true);
    expect((await ics(new Request(`http://localhost:3000/api/events/${event.id}/ics`), params)).status).toBe(404);
  });
});
