import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, companies, companyDocuments, companyVerifications, type User } from "@/db/schema";
import { insertUser } from "../support/accounts";
import { chamberNamed, insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const documents = await import("@/app/[locale]/company/documents/actions");
const { verifyCompanyAction } = await import("@/app/[locale]/admin/companies/[id]/actions");
const documentRoute = await import("@/app/api/documents/[id]/route");
const { badgeOf, dueVerifications } = await import("@/lib/trust/verification");
const { mayReadDocuments } = await import("@/lib/trust/documents");
const { openInquiry } = await import("@/lib/inquiries/open");

withTestDatabase();

const signIn = (user: User) => authMock.auth.mockResolvedValue({ user: { id: user.id }, expires: "2099-01-01" });
const at = (iso: string) => new Date(iso);
const pdf = (name: string) => new File([new TextEncoder().encode("%PDF-1.7\n1 0 obj\n")], name, { type: "application/pdf" });
const download = (id: string) => documentRoute.GET(new Request(`http://localhost/api/documents/${id}`), { params: Promise.resolve({ id }) });

async function world() {
  const mitsuke = await chamberNamed("Mitsuke Chamber of Commerce and Industry");
  const tsubame = await chamberNamed("Tsubame Chamber of Commerce and Industry");
  const owner = await insertUser({ role: "sme" });
  const knit = await insertCompany({ chamberId: mitsuke.id, name: { ja: "見附ニット", en: "Mitsuke Knit" }, registryNumber: "7110001000001" }, owner);
  const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
  const otherAdmin = await insertUser({ role: "chamber_admin", chamberId: tsubame.id });
  const partnerUser = await insertUser({ role: "distributor" });
  const partner = await insertCompany({ kind: "distributor" }, partnerUser);
  const strangerUser = await insertUser({ role: "distributor" });
  await insertCompany({ kind: "distributor" }, strangerUser);
  return { mitsuke, owner, knit, admin, otherAdmin, partnerUser, partner, strangerUser };
}

async function addDocument(owner: User, fields: Record<string, string>, file: File | null = pdf("licence.pdf")) {
  signIn(owner);
  const form = pageForm("en", fields);
  if (file) form.append("files", file);
  return documents.addDocumentAction(undefined, form);
}

describe("verification evidence", () => {
  it("lets the company's chamber verify its licence and certificate, and the badge names the chamber, the date and what was checked", async () => {
    const w = await world();
    expect(await addDocument(w.owner, { kind: "business_licence", issuer: "Niigata Legal Affairs Bureau", number: "0110-01-000001" })).toMatchObject({
      ok: true,
      message: "Document added.",
    });
    expect(
      await addDocument(w.owner, { kind: "haccp", issuer: "Japan HACCP Association", number: "JH-2031", expiresOn: "2027-03-01" }, pdf("haccp.pdf")),
    ).toMatchObject({ ok: true });
    const docs = await (await getDb()).select().from(companyDocuments).where(eq(companyDocuments.companyId, w.knit.id));
    expect(docs.map((d) => [d.kind, d.fileName, d.expiresOn]).sort()).toEqual([
      ["business_licence", "licence.pdf", null],
      ["haccp", "haccp.pdf", "2027-03-01"],
    ]);

    // Another chamber's admin, and a forged document id, record nothing.
    signIn(w.otherAdmin);
    expect(await verifyCompanyAction(undefined, pageForm("en", { companyId: w.knit.id, items: ["registry_number", docs[0]!.id] }))).toMatchObject({
      ok: false,
    });
    signIn(w.admin);
    expect(await verifyCompanyAction(undefined, pageForm("en", { companyId: w.knit.id, items: [crypto.randomUUID()] }))).toMatchObject({ ok: false });
    expect(await verifyCompanyAction(undefined, pageForm("ja", { companyId: w.knit.id }))).toMatchObject({
      ok: false,
      fieldErrors: { items: ["確認した項目を一つ以上選んでください。"] },
    });
    expect(await (await getDb()).select().from(companyVerifications)).toEqual([]);

    expect(await verifyCompanyAction(undefined, pageForm("en", { companyId: w.knit.id, items: ["registry_number", ...docs.map((d) => d.id)] }))).toMatchObject({
      ok: true,
      message: "Verification recorded.",
    });
    const badge = await badgeOf(w.knit);
    expect(badge?.chamberName).toMatchObject({ en: "Mitsuke Chamber of Commerce and Industry" });
    expect(Date.now() - badge!.verifiedAt.getTime()).toBeLessThan(60_000);
    expect(badge!.items.map((i) => [i.kind, i.number, i.marked]).sort()).toEqual([
      ["business_licence", "0110-01-000001", true],
      ["haccp", "JH-2031", true],
      ["registry_number", "7110001000001", true],
    ]);
    const audit = await (await getDb()).select().from(auditLog).where(eq(auditLog.action, "verify"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: w.admin.id, companyId: w.knit.id });
  });

  it("takes an expired certificate's mark away on its expiry day, in the company's own calendar", async () => {
    const w = await world();
    await addDocument(w.owner, { kind: "iso9001", issuer: "JQA", number: "JQA-QMA1234", expiresOn: "2027-03-01" });
    const [doc] = await (await getDb()).select().from(companyDocuments);
    signIn(w.admin);
    expect(await verifyCompanyAction(undefined, pageForm("en", { companyId: w.knit.id, items: doc!.id }))).toMatchObject({ ok: true });
    const marked = async (now: string) => (await badgeOf(w.knit, at(now)))!.items[0]!.marked;
    // 1 March 2027 begins at 15:00 UTC on 28 February in Japan.
    expect(await marked("2027-02-28T14:59:59Z")).toBe(true);
    expect(await marked("2027-02-28T15:00:00Z")).toBe(false);
    expect(await marked("2027-06-01T00:00:00Z")).toBe(false);
    // A company in China loses it at midnight China time, an hour later.
    await (await getDb()).update(companies).set({ country: "CN" }).where(eq(companies.id, w.knit.id));
    const chinese = { id: w.knit.id, country: "CN" };
    expect((await badgeOf(chinese, at("2027-02-28T15:30:00Z")))!.items[0]!.marked).toBe(true);
    expect((await badgeOf(chinese, at("2027-02-28T16:00:00Z")))!.items[0]!.marked).toBe(false);
  });

  it("lists a member as due when never verified and again a year after its verification", async () => {
    const w = await world();
    const scope = { chamberId: w.mitsuke.id };
    // Its registry number alone makes it due.
    expect((await dueVerifications(scope)).map((d) => d.companyId)).toEqual([w.knit.id]);
    signIn(w.admin);
    expect(await verifyCompanyAction(undefined, pageForm("en", { companyId: w.knit.id, items: "registry_number" }))).toMatchObject({ ok: true });
    const [verification] = await (await getDb()).select().from(companyVerifications);
    expect(await dueVerifications(scope)).toEqual([]);
    const yearLater = new Date(verification!.verifiedAt);
    yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1);
    expect(await dueVerifications(scope, new Date(yearLater.getTime() - 1000))).toEqual([]);
    const due = await dueVerifications(scope, yearLater);
    expect(due.map((d) => [d.companyId, d.lastVerifiedAt?.toISOString()])).toEqual([[w.knit.id, verification!.verifiedAt.toISOString()]]);
    expect(await dueVerifications({ chamberId: (await chamberNamed("Tsubame Chamber of Commerce and Industry")).id }, yearLater)).toEqual([]);
  });

  it("refuses a document without a file, of another type, or with an impossible date, and stores nothing", async () => {
    const w = await world();
    const fields = { kind: "ccc", issuer: "CQC", number: "2024010901000001" };
    expect(await addDocument(w.owner, fields, null)).toMatchObject({ ok: false, fieldErrors: { files: ["Choose a file (PDF or image)."] } });
    expect(await addDocument(w.owner, fields, new File(["MZ"], "x.exe"))).toMatchObject({ ok: false, fieldErrors: { files: [expect.any(String)] } });
    expect(await addDocument(w.owner, { ...fields, expiresOn: "2027-02-30" })).toMatchObject({
      ok: false,
      fieldErrors: { expiresOn: ["Enter the date as YYYY-MM-DD."] },
    });
    expect(await addDocument(w.owner, { ...fields, kind: "passport" })).toMatchObject({ ok: false });
    expect(await (await getDb()).select().from(companyDocuments)).toEqual([]);
  });

  it("opens the files to the company, its chamber and a partner in talks with it, and to nobody else", async () => {
    const w = await world();
    await addDocument(w.owner, { kind: "business_licence", issuer: "Niigata Legal Affairs Bureau", number: "0110-01-000001" });
    const [doc] = await (await getDb()).select().from(companyDocuments);
    signIn(w.owner);
    expect((await download(doc!.id)).status).toBe(200);
    signIn(w.admin);
    const response = await download(doc!.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("licence.pdf");
    expect(new TextDecoder().decode(await response.arrayBuffer())).toMatch(/^%PDF-/);
    // An approved distributor with no thread, another chamber's admin, and a forged id: nothing.
    for (const user of [w.partnerUser, w.strangerUser, w.otherAdmin]) {
      signIn(user);
      expect((await download(doc!.id)).status).toBe(404);
      expect(await mayReadDocuments(user, w.knit.id)).toBe(false);
    }
    signIn(w.admin);
    expect((await download(crypto.randomUUID())).status).toBe(404);
    // Once the distributor has written to the company, it is a partner and may read them.
    await openInquiry(w.partnerUser, { to: w.knit.id, source: "profile", subject: "针织衫", body: "您好" });
    signIn(w.partnerUser);
    expect((await download(doc!.id)).status).toBe(200);
    expect(await mayReadDocuments(w.partnerUser, w.knit.id)).toBe(true);
    signIn(w.strangerUser);
    expect((await download(doc!.id)).status).toBe(404);
    // Only the owner's company deletes its documents.
    signIn(w.strangerUser);
    expect(await documents.deleteDocumentAction(undefined, pageForm("en", { documentId: doc!.id }))).toMatchObject({ ok: false });
    signIn(w.owner);
    expect(await documents.deleteDocumentAction(undefined, pageForm("en", { documentId: doc!.id }))).toMatchObject({ ok: true });
    expect(await (await getDb()).select().from(companyDocuments)).toEqual([]);
  });
});
