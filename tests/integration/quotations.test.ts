import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { inquiries, inquiryEvents, notifications, quotations, quotationVersions, sourcingNeeds, type Company, type User } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { sendQuotationAction, reviseQuotationAction } = await import("@/app/[locale]/quotations/new/actions");
const answers = await import("@/app/[locale]/company/needs/[id]/actions");
const { acceptQuotation } = await import("@/lib/quotations/decide");
const { quotationsForNeed, quotationsForThread } = await import("@/lib/quotations/read");
const { getAttachmentForReader } = await import("@/lib/inquiries/attachments");

withTestDatabase();

function signIn(user: User) {
  authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
}

const nextYear = `${new Date().getFullYear() + 1}-06-30`;
const terms = (overrides: Record<string, string> = {}) => ({
  productName: "Knit stole",
  unitPriceJpy: "1200",
  moq: "100",
  incoterm: "FOB",
  incotermPlace: "Niigata port",
  leadTimeDays: "30",
  paymentTerms: "30% deposit, balance by T/T before shipment",
  validUntil: nextYear,
  ...overrides,
});

/** A distributor with a need, and two SMEs of two chambers. */
async function market() {
  const db = await getDb();
  const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
  const distUser = await insertUser({ role: "distributor" });
  const dist = await insertCompany({ kind: "distributor", name: { zh: "延边贸易", en: "Yanbian Trading" } }, distUser);
  const knitUser = await insertUser({ role: "sme" });
  const knit = await insertCompany({ kind: "sme", chamberId: mitsuke.id, name: { ja: "見附ニット", en: "Mitsuke Knit" } }, knitUser);
  const cutleryUser = await insertUser({ role: "sme" });
  const cutlery = await insertCompany({ kind: "sme", chamberId: tsubame.id, name: { ja: "燕カトラリー", en: "Tsubame Cutlery" } }, cutleryUser);
  const [need] = await db
    .insert(sourcingNeeds)
    .values({ companyId: dist.id, ref: "N-1", description: { zh: "针织围巾", en: "Knit stoles" }, quantityPerDelivery: 500, deadline: nextYear })
    .returning();
  return { mitsuke, tsubame, distUser, dist, knitUser, knit, cutleryUser, cutlery, need: need! };
}

/** Sends a quotation as `user` and returns the thread it landed in. */
async function quote(user: User, target: Record<string, string>, overrides: Record<string, string> = {}): Promise<string> {
  signIn(user);
  const thrown = await sendQuotationAction(undefined, pageForm("en", { ...target, ...terms(overrides) })).catch((e: { digest?: string }) => e);
  const to = (thrown as { digest?: string }).digest?.split(";")[2];
  expect(to, JSON.stringify(thrown)).toMatch(/^\/en\/inquiries\/[0-9a-f-]{36}$/);
  return to!.split("/").pop()!;
}

async function quotationOf(company: Company) {
  const db = await getDb();
  const [row] = await db.select().from(quotations).where(eq(quotations.smeId, company.id));
  return row!;
}

describe("quotations on a need", () => {
  it("opens a thread per SME, and only the need's owner sees every quotation on it", async () => {
    const m = await market();
    const knitThread = await quote(m.knitUser, { needId: m.need.id });
    const cutleryThread = await quote(m.cutleryUser, { needId: m.need.id }, { unitPriceJpy: "980", incoterm: "CIF", incotermPlace: "Dalian port" });
    expect(knitThread).not.toBe(cutleryThread);

    const forOwner = await quotationsForNeed(m.distUser, m.need.id);
    expect(forOwner?.quotations.map((q) => [q.smeName.en, q.latest.unitPrice, q.latest.incoterm, q.chamberName?.en]).sort()).toEqual([
      ["Mitsuke Knit", 1200, "FOB", "Mitsuke Chamber of Commerce and Industry"],
      ["Tsubame Cutlery", 980, "CIF", "Tsubame Chamber of Commerce and Industry"],
    ]);
    // Another distributor, and each SME, find nothing by the need's id.
    const otherDist = await insertUser({ role: "distributor" });
    await insertCompany({ kind: "distributor" }, otherDist);
    expect(await quotationsForNeed(otherDist, m.need.id)).toBeUndefined();
    expect(await quotationsForNeed(m.knitUser, m.need.id)).toBeUndefined();
    // Each SME's thread shows its own quotation only; the other SME cannot read that thread at all.
    expect((await quotationsForThread(m.knitUser, knitThread)).map((q) => q.smeId)).toEqual([m.knit.id]);
    expect(await quotationsForThread(m.cutleryUser, knitThread)).toEqual([]);
  });

  it("refuses a forged quotation id: another SME cannot revise it, another distributor cannot answer it", async () => {
    const m = await market();
    await quote(m.knitUser, { needId: m.need.id });
    const knitQuote = await quotationOf(m.knit);
    signIn(m.cutleryUser);
    const revised = await reviseQuotationAction(undefined, pageForm("en", { quotationId: knitQuote.id, ...terms({ unitPriceJpy: "1" }) }));
    expect(revised).toMatchObject({ ok: false, message: "This item does not exist or is not yours to change." });
    const otherDist = await insertUser({ role: "distributor" });
    await insertCompany({ kind: "distributor" }, otherDist);
    signIn(otherDist);
    expect(await answers.acceptQuotationAction(undefined, pageForm("en", { quotationId: knitQuote.id }))).toMatchObject({
      ok: false,
      message: "This item does not exist or is not yours to change.",
    });
    const db = await getDb();
    expect((await db.select().from(quotations).where(eq(quotations.id, knitQuote.id)))[0]).toMatchObject({ status: "open", version: 1 });
    expect(await db.select().from(quotationVersions).where(eq(quotationVersions.quotationId, knitQuote.id))).toHaveLength(1);
  });

  it("compares, asks a revision, accepts the revised version: the deal negotiates, the terms are frozen, the other SME is told politely", async () => {
    const m = await market();
    const knitThread = await quote(m.knitUser, { needId: m.need.id });
    const cutleryThread = await quote(m.cutleryUser, { needId: m.need.id }, { unitPriceJpy: "980" });
    const knitQuote = await quotationOf(m.knit);
    signIn(m.distUser);
    expect(await answers.requestRevisionAction(undefined, pageForm("en", { quotationId: knitQuote.id, note: "Can you do 1,100 yen?" }))).toMatchObject({
      ok: true,
    });
    signIn(m.knitUser);
    const thrown = await reviseQuotationAction(undefined, pageForm("en", { quotationId: knitQuote.id, ...terms({ unitPriceJpy: "1,100" }) })).catch((e) => e);
    expect((thrown as { digest?: string }).digest).toContain(`/en/inquiries/${knitThread}`);
    signIn(m.distUser);
    expect(await answers.acceptQuotationAction(undefined, pageForm("en", { quotationId: knitQuote.id }))).toMatchObject({
      ok: true,
      message: "Quotation accepted. The deal is now in negotiation.",
    });

    const db = await getDb();
    const [deal] = await db.select().from(inquiries).where(eq(inquiries.id, knitThread));
    expect(deal!.stage).toBe("negotiating");
    const versions = await db.select().from(quotationVersions).where(eq(quotationVersions.quotationId, knitQuote.id));
    expect(versions.map((v) => [v.version, v.unitPrice, v.currency]).sort()).toEqual([
      [1, 1200, "JPY"],
      [2, 1100, "JPY"],
    ]);
    const [accepted] = await db
      .select()
      .from(inquiryEvents)
      .where(and(eq(inquiryEvents.inquiryId, knitThread), eq(inquiryEvents.type, "quotation_accepted")));
    expect(accepted!.data.terms).toMatchObject({ version: 2, unitPrice: 1100, currency: "JPY", incoterm: "FOB", incotermPlace: "Niigata port" });
    const [cutleryQuote] = await db.select().from(quotations).where(eq(quotations.smeId, m.cutlery.id));
    expect(cutleryQuote!.status).toBe("not_selected");
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, m.cutleryUser.id), eq(notifications.type, "quotation_update")));
    expect(told.map((n) => n.payload.event)).toEqual(["not_selected"]);
    expect(told[0]!.payload.inquiryId).toBe(cutleryThread);
  });

  it("keeps accepted terms final: no revision, no second answer", async () => {
    const m = await market();
    await quote(m.knitUser, { needId: m.need.id });
    const knitQuote = await quotationOf(m.knit);
    signIn(m.distUser);
    expect(await answers.acceptQuotationAction(undefined, pageForm("en", { quotationId: knitQuote.id }))).toMatchObject({ ok: true });
    signIn(m.knitUser);
    expect(await reviseQuotationAction(undefined, pageForm("en", { quotationId: knitQuote.id, ...terms({ unitPriceJpy: "5000" }) }))).toMatchObject({
      ok: false,
      message: "This quotation has been answered; its terms can no longer change.",
    });
    signIn(m.distUser);
    expect(await answers.declineQuotationAction(undefined, pageForm("en", { quotationId: knitQuote.id, reason: "Changed my mind" }))).toMatchObject({
      ok: false,
    });
    const db = await getDb();
    const versions = await db.select().from(quotationVersions).where(eq(quotationVersions.quotationId, knitQuote.id));
    expect(versions.map((v) => v.unitPrice)).toEqual([1200]);
    expect((await db.select().from(quotations).where(eq(quotations.id, knitQuote.id)))[0]!.status).toBe("accepted");
  });

  it("declines with the reason the SME reads", async () => {
    const m = await market();
    await quote(m.knitUser, { needId: m.need.id });
    const knitQuote = await quotationOf(m.knit);
    signIn(m.distUser);
    expect(await answers.declineQuotationAction(undefined, pageForm("en", { quotationId: knitQuote.id, reason: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Give a reason."] },
    });
    expect(await answers.declineQuotationAction(undefined, pageForm("en", { quotationId: knitQuote.id, reason: "Price too high for Yanji" }))).toMatchObject({
      ok: true,
    });
    const [row] = await quotationsForThread(m.knitUser, knitQuote.inquiryId);
    expect([row!.status, row!.declineReason]).toEqual(["declined", "Price too high for Yanji"]);
  });

  it("stores money as whole yen with its currency and refuses fractions, in the user's language", async () => {
    const m = await market();
    signIn(m.knitUser);
    const refused = await sendQuotationAction(undefined, pageForm("ja", { needId: m.need.id, ...terms({ unitPriceJpy: "1200.5" }) }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { unitPriceJpy: ["整数で入力してください。"] } });
    const db = await getDb();
    expect(await db.select().from(quotations)).toEqual([]);
    await quote(m.knitUser, { needId: m.need.id }, { unitPriceJpy: "１２００" });
    const [version] = await db.select().from(quotationVersions);
    expect([version!.unitPrice, version!.currency]).toEqual([1200, "JPY"]);
    const columns = await db.execute<{ column_name: string; data_type: string }>(
      // The schema itself: no float column can creep in.
      (await import("drizzle-orm"))
        .sql`select column_name, data_type from information_schema.columns where table_name = 'quotation_versions' and column_name in ('unit_price', 'currency')`,
    );
    const rows = Array.isArray(columns) ? columns : (columns as unknown as { rows: { column_name: string; data_type: string }[] }).rows;
    expect(Object.fromEntries(rows.map((r) => [r.column_name, r.data_type]))).toEqual({ unit_price: "integer", currency: "text" });
  });

  it("refuses a quotation on a need whose deadline has passed in China, and a validity date already over in Japan", async () => {
    const m = await market();
    const db = await getDb();
    await db.update(sourcingNeeds).set({ deadline: "2020-01-31" }).where(eq(sourcingNeeds.id, m.need.id));
    signIn(m.knitUser);
    expect(await sendQuotationAction(undefined, pageForm("en", { needId: m.need.id, ...terms() }))).toMatchObject({
      ok: false,
      message: "This sourcing need no longer takes quotations.",
    });
    await db.update(sourcingNeeds).set({ deadline: nextYear }).where(eq(sourcingNeeds.id, m.need.id));
    expect(await sendQuotationAction(undefined, pageForm("en", { needId: m.need.id, ...terms({ validUntil: "2020-01-31" }) }))).toMatchObject({
      ok: false,
      fieldErrors: { validUntil: ["The validity date has already passed in Japan."] },
    });
  });

  it("lets a quotation be accepted until the end of its validity day in Japan, not after", async () => {
    const m = await market();
    await quote(m.knitUser, { needId: m.need.id }, { validUntil: nextYear });
    const knitQuote = await quotationOf(m.knit);
    // 30 June ends at 15:00 UTC (midnight JST), while it is still 23:00 in China.
    const [year] = nextYear.split("-");
    await expect(acceptQuotation(m.distUser, knitQuote.id, new Date(`${year}-06-30T15:00:00Z`))).rejects.toMatchObject({ key: "quotations.errors.expired" });
    await expect(acceptQuotation(m.distUser, knitQuote.id, new Date(`${year}-06-30T14:59:59Z`))).resolves.toBe(knitQuote.inquiryId);
  });

  it("sends a quotation inside an existing thread, where the SME takes part", async () => {
    const m = await market();
    const thread = await quote(m.knitUser, { needId: m.need.id });
    const again = await quote(m.knitUser, { inquiryId: thread }, { productName: "Knit gloves" });
    expect(again).toBe(thread);
    expect((await quotationsForThread(m.distUser, thread)).map((q) => q.latest.productName).sort()).toEqual(["Knit gloves", "Knit stole"]);
    // The distributor cannot send one, and the other SME cannot write into the thread.
    signIn(m.cutleryUser);
    expect(await sendQuotationAction(undefined, pageForm("en", { inquiryId: thread, ...terms() }))).toMatchObject({
      ok: false,
      message: "This item does not exist or is not yours to change.",
    });
  });

  it("stores the spec sheet with the thread's attachments, readable by the two companies only", async () => {
    const m = await market();
    signIn(m.knitUser);
    const form = pageForm("en", { needId: m.need.id, ...terms() });
    form.append("specSheet", new File([new TextEncoder().encode("%PDF-1.7\n1 0 obj\n")], "stole-spec.pdf", { type: "application/pdf" }));
    const thrown = await sendQuotationAction(undefined, form).catch((e) => e);
    expect((thrown as { digest?: string }).digest).toContain("/en/inquiries/");
    const db = await getDb();
    const [version] = await db.select().from(quotationVersions);
    expect(version!.specSheetId).not.toBeNull();
    expect((await getAttachmentForReader(m.distUser, version!.specSheetId!))?.fileName).toBe("stole-spec.pdf");
    expect(await getAttachmentForReader(m.cutleryUser, version!.specSheetId!)).toBeUndefined();
    // A file that is not a PDF or an image is refused and nothing is written.
    signIn(m.cutleryUser);
    const bad = pageForm("en", { needId: m.need.id, ...terms() });
    bad.append("specSheet", new File([new TextEncoder().encode("MZ not a pdf")], "spec.exe", { type: "application/pdf" }));
    expect(await sendQuotationAction(undefined, bad)).toMatchObject({ ok: false, fieldErrors: { files: [expect.stringContaining("spec.exe")] } });
    expect(await db.select().from(quotations).where(eq(quotations.smeId, m.cutlery.id))).toEqual([]);
  });
});
