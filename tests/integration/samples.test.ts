import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { inquiries, notifications, sampleRequests, searchItems, sourcingNeeds, type User } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { openInquiryAction } = await import("@/app/[locale]/inquiries/new/actions");
const thread = await import("@/app/[locale]/inquiries/[id]/actions");
const { expireNeeds, runSampleFlags } = await import("@/lib/samples/flags");
const { loadRawProfiles } = await import("@/lib/matching/load");
const { reindexCompany } = await import("@/lib/search/index");

withTestDatabase();

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

/** An SME of the Mitsuke chamber (with its coordinator) and a distributor, talking in one thread. */
async function deal() {
  const chamber = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const coordinator = await insertUser({ role: "chamber_admin", chamberId: chamber.id });
  const smeUser = await insertUser({ role: "sme" });
  const sme = await insertCompany({ kind: "sme", chamberId: chamber.id, name: { ja: "見附ニット", en: "Mitsuke Knit" } }, smeUser);
  const distUser = await insertUser({ role: "distributor" });
  const dist = await insertCompany({ kind: "distributor", name: { zh: "延边贸易", en: "Yanbian Trading" } }, distUser);
  signIn(distUser);
  const opened = await openInquiryAction(undefined, pageForm("en", { to: sme.id, source: "profile", subject: "Knit stoles", body: "Hello" })).catch((e) => e);
  const id = (opened as { digest: string }).digest.split(";")[2]!.split("/").pop()!;
  return { coordinator, smeUser, sme, distUser, dist, id };
}

const request = (inquiryId: string) =>
  thread.requestSampleAction(
    undefined,
    pageForm("en", { inquiryId, items: "Knit stole, grey", quantity: "3", address: "Yanji, Jilin, Renmin Road 1", payer: "distributor" }),
  );

async function onlySample() {
  const db = await getDb();
  const [row] = await db.select().from(sampleRequests);
  return row!;
}

describe("samples", () => {
  it("goes from request to shipment with tracking to receipt with feedback, and the deal reaches samples sent by itself", async () => {
    const w = await deal();
    expect(await request(w.id)).toMatchObject({ ok: true, message: "Sample request recorded." });
    const sample = await onlySample();
    expect(sample).toMatchObject({ status: "requested", payer: "distributor", items: [{ item: "Knit stole, grey", quantity: 3 }] });
    // Only the SME sends, only the distributor confirms.
    expect(
      await thread.markSampleSentAction(undefined, pageForm("en", { sampleId: sample.id, carrier: "sf_express", trackingNumber: "SF1234567890" })),
    ).toMatchObject({
      ok: false,
    });
    signIn(w.smeUser);
    expect(
      await thread.markSampleSentAction(undefined, pageForm("en", { sampleId: sample.id, carrier: "sf_express", trackingNumber: "SF 123" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { trackingNumber: ["A tracking number has only letters, digits and hyphens."] },
    });
    expect(
      await thread.markSampleSentAction(undefined, pageForm("en", { sampleId: sample.id, carrier: "sf_express", trackingNumber: "SF1234567890" })),
    ).toMatchObject({
      ok: true,
    });
    const db = await getDb();
    const [row] = await db.select().from(inquiries).where(eq(inquiries.id, w.id));
    expect(row!.stage).toBe("samples_sent");
    expect(row!.samplesAt).not.toBeNull();
    expect(await thread.markSampleReceivedAction(undefined, pageForm("en", { sampleId: sample.id, feedback: "Lovely" }))).toMatchObject({ ok: false });
    signIn(w.distUser);
    expect(await thread.markSampleReceivedAction(undefined, pageForm("en", { sampleId: sample.id, feedback: "Soft, colour as promised" }))).toMatchObject({
      ok: true,
    });
    expect(await onlySample()).toMatchObject({
      status: "received",
      carrier: "sf_express",
      trackingNumber: "SF1234567890",
      feedback: "Soft, colour as promised",
    });
  });

  it("refuses a forged sample id from a company outside the thread", async () => {
    const w = await deal();
    await request(w.id);
    const sample = await onlySample();
    const intruder = await insertUser({ role: "sme" });
    await insertCompany({ kind: "sme" }, intruder);
    signIn(intruder);
    expect(await thread.markSampleSentAction(undefined, pageForm("en", { sampleId: sample.id, carrier: "dhl", trackingNumber: "123456" }))).toMatchObject({
      ok: false,
      message: "This item does not exist or is not yours to change.",
    });
    expect((await onlySample()).status).toBe("requested");
  });

  it("flags a sample not sent after 7 days and not confirmed 21 days after sending to both companies and the chamber, once each", async () => {
    const w = await deal();
    await request(w.id);
    const sample = await onlySample();
    const day = 86_400_000;
    const created = sample.createdAt.getTime();
    expect(await runSampleFlags(new Date(created + 6 * day))).toBe(0);
    expect(await runSampleFlags(new Date(created + 8 * day))).toBe(1);
    expect(await runSampleFlags(new Date(created + 9 * day))).toBe(0);
    const db = await getDb();
    const flagged = async (status: string) =>
      (await db.select().from(notifications).where(eq(notifications.type, "sample_update")))
        .filter((n) => n.payload.status === status)
        .map((n) => n.userId)
        .sort();
    expect(await flagged("notSent")).toEqual([w.smeUser.id, w.distUser.id, w.coordinator.id].sort());

    signIn(w.smeUser);
    await thread.markSampleSentAction(undefined, pageForm("en", { sampleId: sample.id, carrier: "japan_post_ems", trackingNumber: "EE123456789JP" }));
    const sentAt = (await onlySample()).sentAt!.getTime();
    expect(await runSampleFlags(new Date(sentAt + 20 * day))).toBe(0);
    expect(await runSampleFlags(new Date(sentAt + 22 * day))).toBe(1);
    expect(await runSampleFlags(new Date(sentAt + 30 * day))).toBe(0);
    expect(await flagged("notReceived")).toEqual([w.smeUser.id, w.distUser.id, w.coordinator.id].sort());
  });
});

describe("need deadlines", () => {
  it("end at midnight China time: the need expires once, at 16:00 UTC of its deadline day", async () => {
    const distUser = await insertUser({ role: "distributor" });
    const dist = await insertCompany({ kind: "distributor" }, distUser);
    const db = await getDb();
    const year = new Date().getFullYear() + 1;
    await db.insert(sourcingNeeds).values({ companyId: dist.id, ref: "N-1", description: { en: "Knit stoles" }, deadline: `${year}-03-31` });
    expect(await expireNeeds(new Date(`${year}-03-31T15:59:59Z`))).toBe(0);
    expect(await expireNeeds(new Date(`${year}-03-31T16:00:00Z`))).toBe(1);
    expect(await expireNeeds(new Date(`${year}-04-02T00:00:00Z`))).toBe(0);
    const [need] = await db.select().from(sourcingNeeds);
    expect(need!.expiredAt).toEqual(new Date(`${year}-03-31T16:00:00Z`));
  });

  it("takes expired needs out of search and matches and keeps the open ones", async () => {
    const distUser = await insertUser({ role: "distributor" });
    const dist = await insertCompany({ kind: "distributor" }, distUser);
    const db = await getDb();
    const [expired] = await db
      .insert(sourcingNeeds)
      .values({ companyId: dist.id, ref: "N-old", description: { en: "Ceramic bowls" }, deadline: "2020-01-31" })
      .returning();
    const [open] = await db
      .insert(sourcingNeeds)
      .values({ companyId: dist.id, ref: "N-new", description: { en: "Knit stoles" }, quantityPerDelivery: 500 })
      .returning();
    await reindexCompany(db, dist.id);
    const indexed = (
      await db
        .select()
        .from(searchItems)
        .where(and(eq(searchItems.companyId, dist.id), eq(searchItems.kind, "need")))
    ).map((r) => r.itemId);
    expect(indexed).toEqual([open!.id]);
    expect(indexed).not.toContain(expired!.id);
    const [profile] = await loadRawProfiles(db, [dist.id]);
    expect(profile!.needs.map((n) => n.ref)).toEqual(["N-new"]);
  });
});
