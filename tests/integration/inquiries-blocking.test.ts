import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companies, companyBlocks, inquiries, inquiryEvents, inquiryMessages, meetings, type User } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { openInquiryAction } = await import("@/app/[locale]/inquiries/new/actions");
const thread = await import("@/app/[locale]/inquiries/[id]/actions");
const { getThread } = await import("@/lib/inquiries/thread");
const { listThreads } = await import("@/lib/inquiries/inbox");
const { checkContact } = await import("@/lib/inquiries/open");

withTestDatabase();

const ENDED = "Contact with this company has ended. No new inquiries, messages or meetings are possible.";
const SUSPENDED = "Your company is suspended. You can read why on your company page, but not make changes.";
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

async function world() {
  const chamber = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const smeUser = await insertUser({ role: "sme" });
  const sme = await insertCompany({ kind: "sme", chamberId: chamber.id, name: { ja: "見附ニット" } }, smeUser);
  const distUser = await insertUser({ role: "distributor" });
  const dist = await insertCompany({ kind: "distributor", name: { zh: "延边贸易" } }, distUser);
  const coordinator = await insertUser({ role: "chamber_admin", chamberId: chamber.id });
  signIn(distUser);
  const opened = await openInquiryAction(undefined, pageForm("en", { to: sme.id, source: "profile", subject: "Knitwear", body: "Hello" })).catch((e) => e);
  const id = (opened as { digest: string }).digest.split(";")[2]!.split("/").pop()!;
  return { smeUser, sme, distUser, dist, coordinator, id };
}

const block = (id: string) => thread.blockCompanyAction(undefined, pageForm("en", { inquiryId: id }));

async function attemptEverything(user: User, other: { id: string }, id: string) {
  signIn(user);
  const opened = await openInquiryAction(undefined, pageForm("en", { to: other.id, source: "profile", subject: "Again", body: "Hi" })).catch((e) => e);
  const message = await thread.postMessageAction(undefined, pageForm("en", { inquiryId: id, body: "Are you there?" }));
  const meeting = await thread.proposeMeetingAction(
    undefined,
    pageForm("en", { inquiryId: id, mode: "online", durationMinutes: "60", slot1: `${inDays(9)}T10:00`, slot2: `${inDays(10)}T10:00` }),
  );
  const stage = await thread.changeStageAction(undefined, pageForm("en", { inquiryId: id, stage: "in_talks" }));
  return [opened.message, message.message, meeting.message, stage.message];
}

async function tally() {
  const db = await getDb();
  return {
    inquiries: (await db.select().from(inquiries)).length,
    messages: (await db.select().from(inquiryMessages)).length,
    meetings: (await db.select().from(meetings)).length,
  };
}

describe("blocking", () => {
  it("ends contact in both directions: no new inquiry, message, meeting or stage change", async () => {
    const w = await world();
    signIn(w.smeUser);
    expect(await block(w.id)).toMatchObject({ ok: true, message: "Company blocked. Contact has ended." });
    const before = await tally();
    expect(await attemptEverything(w.distUser, w.sme, w.id)).toEqual([ENDED, ENDED, ENDED, ENDED]);
    expect(await attemptEverything(w.smeUser, w.dist, w.id)).toEqual([ENDED, ENDED, ENDED, ENDED]);
    signIn(w.coordinator);
    expect((await thread.postMessageAction(undefined, pageForm("en", { inquiryId: w.id, body: "Mediating" }))).message).toBe(ENDED);
    expect(await tally()).toEqual(before);
    expect(await checkContact(w.distUser, w.sme.id)).toEqual({ ok: false, error: "inquiries.errors.contactEnded" });
  });

  it("keeps the thread readable, marked as contact ended, and closes its open deal with a timeline row", async () => {
    const w = await world();
    signIn(w.distUser);
    await block(w.id);
    for (const reader of [w.smeUser, w.distUser, w.coordinator]) {
      const view = await getThread(reader, w.id);
      expect(view).toMatchObject({ contactEnded: true, canWrite: false });
      expect(view?.messages.map((m) => m.body)).toEqual(["Hello"]);
    }
    expect((await getThread(w.distUser, w.id))?.blockedByViewer).toBe(true);
    expect((await getThread(w.smeUser, w.id))?.blockedByViewer).toBe(false);
    expect((await listThreads(w.smeUser)).rows.map((r) => r.contactEnded)).toEqual([true]);
    const db = await getDb();
    const [row] = await db.select().from(inquiries).where(eq(inquiries.id, w.id));
    expect([row!.stage, row!.closedReason]).toEqual(["closed", "contact_ended"]);
    const events = await db.select().from(inquiryEvents).where(eq(inquiryEvents.inquiryId, w.id));
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ["opened", { source: "profile" }],
      ["contact_ended", { from: "new", to: "closed" }],
    ]);
  });

  it("calls off the meetings still ahead between the two companies, and leaves the ones that took place", async () => {
    const { distUser, id } = await world();
    const db = await getDb();
    const at = (days: number) => new Date(Date.now() + days * 86_400_000);
    const base = { inquiryId: id, mode: "online" as const, proposedBy: distUser.id };
    const [confirmed, proposal, held, stale] = await db
      .insert(meetings)
      .values([
        { ...base, slots: [at(3)], acceptedSlot: at(3), status: "accepted" as const },
        { ...base, slots: [at(-1), at(5)], status: "proposed" as const },
        { ...base, slots: [at(-2)], acceptedSlot: at(-2), status: "accepted" as const },
        { ...base, slots: [at(-3)], status: "proposed" as const },
      ])
      .returning();
    signIn(distUser);
    expect((await block(id)).ok).toBe(true);

    const status = async (m: { id: string }) => (await db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, m.id)))[0]!.status;
    expect([await status(confirmed!), await status(proposal!), await status(held!), await status(stale!)]).toEqual([
      "cancelled",
      "cancelled",
      "accepted",
      "proposed",
    ]);
    const events = await db.select({ type: inquiryEvents.type, data: inquiryEvents.data }).from(inquiryEvents).where(eq(inquiryEvents.inquiryId, id));
    const cancelled = events.filter((e) => e.type === "meeting_cancelled").map((e) => (e.data as { meetingId: string }).meetingId);
    expect(cancelled.sort()).toEqual([confirmed!.id, proposal!.id].sort());
  });

  it("lets only the blocking company lift its block", async () => {
    const w = await world();
    signIn(w.smeUser);
    await block(w.id);
    signIn(w.distUser);
    expect((await thread.unblockCompanyAction(undefined, pageForm("en", { inquiryId: w.id }))).ok).toBe(false);
    expect((await (await getDb()).select().from(companyBlocks)).length).toBe(1);
    signIn(w.smeUser);
    expect(await thread.unblockCompanyAction(undefined, pageForm("en", { inquiryId: w.id }))).toMatchObject({ ok: true });
    expect(await (await getDb()).select().from(companyBlocks)).toEqual([]);
    const again = await thread.postMessageAction(undefined, pageForm("en", { inquiryId: w.id, body: "Let us talk again" }));
    expect(again.ok).toBe(true);
  });

  it("blocks the thread's other company only, whatever the form says", async () => {
    const w = await world();
    const bystander = await insertCompany({ kind: "distributor" });
    signIn(w.smeUser);
    await thread.blockCompanyAction(undefined, pageForm("en", { inquiryId: w.id, blockedId: bystander.id, companyId: bystander.id }));
    const rows = await (await getDb()).select().from(companyBlocks);
    expect(rows.map((r) => [r.blockerId, r.blockedId])).toEqual([[w.sme.id, w.dist.id]]);
  });

  it("is refused to a suspended company, which can neither block (closing the other side's deal) nor unblock", async () => {
    const w = await world();
    const db = await getDb();
    await db.update(companies).set({ status: "suspended", statusReason: "fake listings" }).where(eq(companies.id, w.sme.id));
    signIn(w.smeUser);
    expect(await block(w.id)).toMatchObject({ ok: false, message: SUSPENDED });
    expect(await db.select().from(companyBlocks)).toEqual([]);
    const [open] = await db.select().from(inquiries).where(eq(inquiries.id, w.id));
    expect([open!.stage, open!.closedReason]).toEqual(["new", null]);

    await db.update(companies).set({ status: "approved", statusReason: null }).where(eq(companies.id, w.sme.id));
    expect(await block(w.id)).toMatchObject({ ok: true });
    await db.update(companies).set({ status: "suspended", statusReason: "fake listings" }).where(eq(companies.id, w.sme.id));
    expect(await thread.unblockCompanyAction(undefined, pageForm("en", { inquiryId: w.id }))).toMatchObject({ ok: false, message: SUSPENDED });
    expect((await db.select().from(companyBlocks)).map((r) => [r.blockerId, r.blockedId])).toEqual([[w.sme.id, w.dist.id]]);
  });

  it("is refused to the chamber coordinator, who takes part but does not speak for a company", async () => {
    const w = await world();
    signIn(w.coordinator);
    expect((await block(w.id)).ok).toBe(false);
    expect(await (await getDb()).select().from(companyBlocks)).toEqual([]);
  });
});
