import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companyBlocks, inquiries, inquiryEvents, inquiryMessages, meetings, type User } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { openInquiryAction } = await import("@/app/[locale]/inquiries/new/actions");
const thread = await import("@/app/[locale]/inquiries/[id]/actions");
const attachmentRoute = await import("@/app/api/attachments/[id]/route");
const icsRoute = await import("@/app/api/meetings/[id]/ics/route");
const { getThread } = await import("@/lib/inquiries/thread");
const { listThreads } = await import("@/lib/inquiries/inbox");

withTestDatabase();

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

function redirectTarget(error: unknown): string | undefined {
  const digest = (error as { digest?: string })?.digest;
  return digest?.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] : undefined;
}

/** A date some days ahead as the date part of a datetime-local value. */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const pdf = () => new File([new TextEncoder().encode("%PDF-1.7\n1 0 obj\n")], "quote.pdf", { type: "application/pdf" });

async function world() {
  const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
  const smeUser = await insertUser({ role: "sme", name: "Sato" });
  const sme = await insertCompany({ kind: "sme", chamberId: mitsuke.id, name: { ja: "見附ニット", en: "Mitsuke Knit" } }, smeUser);
  const distUser = await insertUser({ role: "distributor", name: "Wang" });
  const dist = await insertCompany({ kind: "distributor", name: { zh: "延边贸易" } }, distUser);
  const outsider = await insertUser({ role: "distributor", name: "Li" });
  const outsiderCo = await insertCompany({ kind: "distributor", name: { zh: "大连商贸" } }, outsider);
  const outsiderSme = await insertUser({ role: "sme", name: "Kato" });
  const outsiderSmeCo = await insertCompany({ kind: "sme", chamberId: tsubame.id, name: { ja: "燕カトラリー" } }, outsiderSme);
  const coordinator = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id, name: "Mitsuke CCI" });
  const otherChamberAdmin = await insertUser({ role: "chamber_admin", chamberId: tsubame.id });
  const platform = await insertUser({ role: "platform_admin" });
  return { mitsuke, smeUser, sme, distUser, dist, outsider, outsiderCo, outsiderSme, outsiderSmeCo, coordinator, otherChamberAdmin, platform };
}

/** The distributor opens a thread with the SME, with an attachment and a proposed meeting. */
async function openThread(w: Awaited<ReturnType<typeof world>>) {
  signIn(w.distUser);
  const error = await openInquiryAction(undefined, pageForm("en", { to: w.sme.id, source: "profile", subject: "Knitwear for Yanji", body: "Hello" })).catch(
    (e) => e,
  );
  const id = redirectTarget(error)!.split("/").pop()!;
  const form = pageForm("en", { inquiryId: id, body: "Our price list" });
  form.append("files", pdf());
  expect((await thread.postMessageAction(undefined, form)).ok).toBe(true);
  const meeting = await thread.proposeMeetingAction(
    undefined,
    pageForm("en", { inquiryId: id, mode: "online", durationMinutes: "60", slot1: `${inDays(10)}T10:00`, slot2: `${inDays(11)}T10:00` }),
  );
  expect(meeting).toMatchObject({ ok: true });
  const db = await getDb();
  const [attachment] = await db.query.inquiryAttachments.findMany({ where: (a, { eq }) => eq(a.inquiryId, id) });
  const [proposal] = await db.select().from(meetings).where(eq(meetings.inquiryId, id));
  return { id, attachmentId: attachment!.id, meetingId: proposal!.id };
}

async function counts(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(inquiries).where(eq(inquiries.id, id));
  return {
    stage: row!.stage,
    messages: (await db.select().from(inquiryMessages).where(eq(inquiryMessages.inquiryId, id))).length,
    events: (await db.select().from(inquiryEvents).where(eq(inquiryEvents.inquiryId, id))).length,
    meetings: (await db.select().from(meetings).where(eq(meetings.inquiryId, id))).map((m) => m.status),
  };
}

const download = (id: string) => attachmentRoute.GET(new Request(`http://localhost/api/attachments/${id}`), { params: Promise.resolve({ id }) });
const ics = (id: string) => icsRoute.GET(new Request(`http://localhost/api/meetings/${id}/ics`), { params: Promise.resolve({ id }) });

describe("thread access", () => {
  it("gives a member of a third company nothing: no read, post, stage, meeting or download by forged ids", async () => {
    const w = await world();
    const { id, attachmentId, meetingId } = await openThread(w);
    const before = await counts(id);
    for (const stranger of [w.outsider, w.outsiderSme]) {
      signIn(stranger);
      expect(await getThread(stranger, id)).toBeUndefined();
      expect((await listThreads(stranger)).rows).toEqual([]);
      const post = await thread.postMessageAction(undefined, pageForm("en", { inquiryId: id, body: "hi" }));
      expect(post).toMatchObject({ ok: false, message: "This item does not exist or is not yours to change." });
      expect((await thread.changeStageAction(undefined, pageForm("en", { inquiryId: id, stage: "signed" }))).ok).toBe(false);
      expect((await thread.answerMeetingAction(undefined, pageForm("en", { meetingId, decision: "accept", slot: "0" }))).ok).toBe(false);
      const cancel = await thread.cancelMeetingAction(undefined, pageForm("en", { meetingId, reason: "forged" }));
      expect(cancel).toMatchObject({ ok: false, message: "This item does not exist or is not yours to change." });
      expect((await thread.blockCompanyAction(undefined, pageForm("en", { inquiryId: id }))).ok).toBe(false);
      expect((await download(attachmentId)).status).toBe(404);
    }
    signIn(w.outsider);
    const propose = await thread.proposeMeetingAction(
      undefined,
      pageForm("en", { inquiryId: id, mode: "online", durationMinutes: "60", slot1: `${inDays(10)}T10:00`, slot2: `${inDays(11)}T10:00` }),
    );
    expect(propose.ok).toBe(false);
    expect(await counts(id)).toEqual(before);
    expect(await (await getDb()).select().from(companyBlocks)).toEqual([]);
  });

  it("serves an attachment to both companies, the coordinator and platform admins, privately and never sniffed", async () => {
    const w = await world();
    const { attachmentId } = await openThread(w);
    for (const reader of [w.smeUser, w.distUser, w.coordinator, w.platform]) {
      signIn(reader);
      const response = await download(attachmentId);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="quote.pdf"; filename*=UTF-8''quote.pdf`);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toMatch(/^private/);
      expect(new TextDecoder().decode(await response.arrayBuffer())).toBe("%PDF-1.7\n1 0 obj\n");
    }
    signIn(w.otherChamberAdmin);
    expect((await download(attachmentId)).status).toBe(404);
    const fromChinesePage = await attachmentRoute.GET(
      new Request(`http://localhost/api/attachments/${attachmentId}`, { headers: { referer: "http://localhost/zh/inquiries/x" } }),
      {
        params: Promise.resolve({ id: attachmentId }),
      },
    );
    expect(fromChinesePage.status).toBe(404);
    expect(await fromChinesePage.text()).toBe("该文件不存在，或您无权查看。");
    authMock.auth.mockResolvedValue(null);
    expect((await download(attachmentId)).status).toBe(404);
    signIn(w.smeUser);
    expect((await download("not-a-uuid")).status).toBe(404);
  });

  it("lets the SME's chamber admin read and post as coordinator, and not another chamber's admin", async () => {
    const w = await world();
    const { id } = await openThread(w);
    signIn(w.coordinator);
    expect((await getThread(w.coordinator, id))?.role).toBe("chamber");
    const posted = await thread.postMessageAction(undefined, pageForm("en", { inquiryId: id, body: "The chamber can arrange a visit to Mitsuke." }));
    expect(posted).toMatchObject({ ok: true, message: "Message sent." });
    const db = await getDb();
    const rows = await db.select().from(inquiryMessages).where(eq(inquiryMessages.authorId, w.coordinator.id));
    expect(rows.map((m) => [m.authorSide, m.body])).toEqual([["chamber", "The chamber can arrange a visit to Mitsuke."]]);
    expect((await thread.changeStageAction(undefined, pageForm("en", { inquiryId: id, stage: "in_talks" }))).ok).toBe(true);
    expect((await listThreads(w.coordinator)).rows.map((r) => r.id)).toEqual([id]);

    signIn(w.otherChamberAdmin);
    expect(await getThread(w.otherChamberAdmin, id)).toBeUndefined();
    expect((await listThreads(w.otherChamberAdmin)).rows).toEqual([]);
    const refused = await thread.postMessageAction(undefined, pageForm("en", { inquiryId: id, body: "Hello from Tsubame" }));
    expect(refused.ok).toBe(false);
    expect(await db.select().from(inquiryMessages).where(eq(inquiryMessages.authorId, w.otherChamberAdmin.id))).toEqual([]);
  });

  it("lets a platform admin read a thread but not write in it", async () => {
    const w = await world();
    const { id } = await openThread(w);
    signIn(w.platform);
    const view = await getThread(w.platform, id);
    expect(view).toMatchObject({ role: "platform", canWrite: false });
    expect(view?.messages.map((m) => m.body)).toEqual(["Hello", "Our price list"]);
    const post = await thread.postMessageAction(undefined, pageForm("en", { inquiryId: id, body: "admin" }));
    expect(post).toMatchObject({ ok: false, message: "You are not allowed to do this." });
  });

  it("keeps the chamber coordinator out of meetings, which are between the two companies", async () => {
    const w = await world();
    const { id, meetingId } = await openThread(w);
    signIn(w.coordinator);
    const answer = await thread.answerMeetingAction(undefined, pageForm("en", { meetingId, decision: "accept", slot: "0" }));
    expect(answer.ok).toBe(false);
    expect((await counts(id)).meetings).toEqual(["proposed"]);
    const before = await counts(id);
    for (const reader of [w.coordinator, w.platform]) {
      signIn(reader);
      const cancel = await thread.cancelMeetingAction(undefined, pageForm("en", { meetingId }));
      expect(cancel).toMatchObject({ ok: false, message: "You are not allowed to do this." });
    }
    expect(await counts(id)).toEqual(before);
  });

  it("does not let the proposing company accept its own proposal", async () => {
    const w = await world();
    const { id, meetingId } = await openThread(w);
    signIn(w.distUser);
    const answer = await thread.answerMeetingAction(undefined, pageForm("en", { meetingId, decision: "accept", slot: "0" }));
    expect(answer).toMatchObject({ ok: false, message: "The other company answers your proposal." });
    expect((await counts(id)).meetings).toEqual(["proposed"]);
    expect((await ics(meetingId)).status).toBe(404);
  });
});
