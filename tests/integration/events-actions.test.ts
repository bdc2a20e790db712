import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { eventParticipants, eventTalks, events, type User } from "@/db/schema";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";
import { chamberAdmin, member } from "./events-support";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const { createEventAction } = await import("@/app/[locale]/events/new/actions");
const { registerAction, writeNoteAction } = await import("@/app/[locale]/events/[id]/actions");

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
