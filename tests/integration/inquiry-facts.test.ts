import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { inquiries, inquiryMessages, meetings, type Company, type User } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { formData } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { openInquiryAction } = await import("@/app/[locale]/inquiries/new/actions");
const thread = await import("@/app/[locale]/inquiries/[id]/actions");
const { chamberFunnel } = await import("@/lib/chamber/funnel");
const { parsePeriod } = await import("@/lib/chamber/period");

withTestDatabase();

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

/** An SME of a chamber, a distributor outside any, and the chamber's coordinator. */
async function pair() {
  const chamber = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const smeUser = await insertUser({ role: "sme" });
  const sme = await insertCompany({ kind: "sme", chamberId: chamber.id }, smeUser);
  const distUser = await insertUser({ role: "distributor" });
  const dist = await insertCompany({ kind: "distributor" }, distUser);
  const coordinator = await insertUser({ role: "chamber_admin", chamberId: chamber.id });
  return { chamber, smeUser, sme, distUser, dist, coordinator };
}

async function open(from: User, to: Company): Promise<string> {
  signIn(from);
  const error = await openInquiryAction(undefined, formData({ locale: "en", to: to.id, source: "profile", subject: "Knitwear", body: "Hello" })).catch(
    (e) => e,
  );
  return (error as { digest: string }).digest.split(";")[2]!.split("/").pop()!;
}

async function act(user: User, action: (prev: undefined, form: FormData) => Promise<{ ok: boolean }>, fields: Record<string, string>) {
  signIn(user);
  expect(await action(undefined, formData({ locale: "en", ...fields }))).toMatchObject({ ok: true });
}

async function facts(id: string) {
  const [row] = await (await getDb()).select().from(inquiries).where(eq(inquiries.id, id));
  return { stage: row!.stage, firstReplyAt: row!.firstReplyAt, metAt: row!.metAt, samplesAt: row!.samplesAt };
}

/** What the chamber console shows for the chamber this year, from the kept facts. */
async function funnel(chamberId: string) {
  const { replied, met, samples, signed } = await chamberFunnel({ chamberId }, parsePeriod({ from: inDays(-30), to: inDays(1) }));
  return { replied, met, samples, signed };
}

async function proposeAndAccept(proposer: User, answerer: User, id: string): Promise<string> {
  await act(proposer, thread.proposeMeetingAction, {
    inquiryId: id,
    mode: "online",
    durationMinutes: "60",
    slot1: `${inDays(10)}T10:00`,
    slot2: `${inDays(11)}T10:00`,
  });
  const [meeting] = await (await getDb()).select().from(meetings).where(eq(meetings.inquiryId, id));
  await act(answerer, thread.answerMeetingAction, { meetingId: meeting!.id, decision: "accept", slot: "0" });
  return meeting!.id;
}

describe("an inquiry's facts for the chamber console", () => {
  it("are written by each reply, meeting answer or cancellation and stage change, including a stage going back", async () => {
    const w = await pair();
    const id = await open(w.distUser, w.sme);
    expect(await facts(id)).toMatchObject({ firstReplyAt: null, metAt: null, samplesAt: null });

    // The opening side writing again, or the coordinator, is no reply.
    await act(w.distUser, thread.postMessageAction, { inquiryId: id, body: "Any news?" });
    await act(w.coordinator, thread.postMessageAction, { inquiryId: id, body: "Introducing you both" });
    expect((await facts(id)).firstReplyAt).toBeNull();
    expect(await funnel(w.chamber.id)).toEqual({ replied: 0, met: 0, samples: 0, signed: 0 });

    await act(w.smeUser, thread.postMessageAction, { inquiryId: id, body: "Thank you, here is our catalogue" });
    const db = await getDb();
    const [reply] = await db.select().from(inquiryMessages).where(eq(inquiryMessages.body, "Thank you, here is our catalogue"));
    expect((await facts(id)).firstReplyAt).toEqual(reply!.createdAt);
    // A second reply keeps the first one's time.
    await act(w.smeUser, thread.postMessageAction, { inquiryId: id, body: "And our prices" });
    expect((await facts(id)).firstReplyAt).toEqual(reply!.createdAt);
    expect(await funnel(w.chamber.id)).toEqual({ replied: 1, met: 0, samples: 0, signed: 0 });

    const meetingId = await proposeAndAccept(w.smeUser, w.distUser, id);
    const [accepted] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect((await facts(id)).metAt).toEqual(accepted!.updatedAt);
    expect(await funnel(w.chamber.id)).toEqual({ replied: 1, met: 1, samples: 0, signed: 0 });
    // Calling the meeting off takes the deal out of "met", as the console read it from the meetings.
    await act(w.distUser, thread.cancelMeetingAction, { meetingId, reason: "Travel cancelled" });
    expect((await facts(id)).metAt).toBeNull();
    expect(await funnel(w.chamber.id)).toEqual({ replied: 1, met: 0, samples: 0, signed: 0 });

    await act(w.smeUser, thread.changeStageAction, { inquiryId: id, stage: "in_talks" });
    expect((await facts(id)).samplesAt).toBeNull();
    await act(w.distUser, thread.changeStageAction, { inquiryId: id, stage: "samples_sent" });
    const reached = (await facts(id)).samplesAt;
    expect(reached).not.toBeNull();
    expect(await funnel(w.chamber.id)).toEqual({ replied: 1, met: 0, samples: 1, signed: 0 });
    // Going back a stage (a correction) keeps "reached samples": the stage event stays on the timeline.
    await act(w.coordinator, thread.changeStageAction, { inquiryId: id, stage: "in_talks" });
    expect(await facts(id)).toMatchObject({ stage: "in_talks", samplesAt: reached });
    await act(w.smeUser, thread.changeStageAction, { inquiryId: id, stage: "signed" });
    expect(await facts(id)).toMatchObject({ stage: "signed", samplesAt: reached });
    expect(await funnel(w.chamber.id)).toEqual({ replied: 1, met: 0, samples: 1, signed: 1 });
  });

  it("are written when a block calls off the pair's accepted meeting and closes their deal", async () => {
    const w = await pair();
    const id = await open(w.smeUser, w.dist);
    await act(w.distUser, thread.postMessageAction, { inquiryId: id, body: "Interested" });
    await proposeAndAccept(w.distUser, w.smeUser, id);
    expect((await facts(id)).metAt).not.toBeNull();
    expect(await funnel(w.chamber.id)).toEqual({ replied: 1, met: 1, samples: 0, signed: 0 });
    await act(w.smeUser, thread.blockCompanyAction, { inquiryId: id });
    expect(await facts(id)).toMatchObject({ stage: "closed", metAt: null });
    expect((await facts(id)).firstReplyAt).not.toBeNull();
    expect(await funnel(w.chamber.id)).toEqual({ replied: 1, met: 0, samples: 0, signed: 0 });
  });
});
