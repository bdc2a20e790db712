import { readFileSync } from "node:fs";
import { asc, count, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, chambers, companies, companyMembers, matchQueue, products, salesChannels, searchItems, sourcingNeeds, type User } from "@/db/schema";
import { findOrCreateChamber } from "@/lib/chambers/chambers";
import { exportExchange } from "@/lib/exchange/export";
import { importExchange, ImportRefused, previewImport } from "@/lib/exchange/import";
import type { ExchangeCompany, ExchangeDocument } from "@/lib/exchange/schema";
import { inferHsCode } from "@/lib/hs/infer";
import { parseExchange } from "@/lib/exchange/validate";
import { insertUser } from "../support/accounts";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";
import { pageForm } from "../support/forms";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);

const { importExchangeAction } = await import("@/app/[locale]/admin/actions");
const { decideCompany } = await import("@/lib/moderation/companies");

withTestDatabase();

const allFieldsText = readFileSync(new URL("../fixtures/exchange-all-fields.json", import.meta.url), "utf8");

function allFields(): ExchangeDocument {
  const parsed = parseExchange(JSON.parse(allFieldsText));
  if (!parsed.ok) throw new Error(`fixture does not validate: ${JSON.stringify(parsed.errors)}`);
  return parsed.doc;
}

function doc(...list: ExchangeCompany[]): ExchangeDocument {
  return { format: "kakehashi-exchange/1", companies: list };
}

const sme = (ref: string, extra: Partial<ExchangeCompany> = {}): ExchangeCompany => ({
  ref,
  kind: "sme",
  name: { en: `SME ${ref}` },
  country: "JP",
  region: "JP-15",
  ...extra,
});

async function tableCounts() {
  const db = await getDb();
  const n = async (table: typeof companies | typeof auditLog | typeof matchQueue | typeof products | typeof chambers) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  return { companies: await n(companies), audit: await n(auditLog), queue: await n(matchQueue), products: await n(products), chambers: await n(chambers) };
}

/** What the admin import screen reports after "Import" is pressed, in the admin's language. */
async function importOnScreen(admin: User, locale: "ja" | "zh" | "en", file: ExchangeDocument) {
  authMock.auth.mockResolvedValue({ user: { id: admin.id }, expires: "2099-01-01" });
  return importExchangeAction(undefined, pageForm(locale, { json: JSON.stringify(file), confirm: "1" }));
}

async function companyByRef(ref: string) {
  const [row] = await (await getDb()).select().from(companies).where(eq(companies.ref, ref));
  return row!;
}

/** Members per chamber, by the chamber's key. */
async function chamberMembers() {
  const db = await getDb();
  const rows = await db
    .select({ key: chambers.key, n: count(companies.id) })
    .from(chambers)
    .leftJoin(companies, eq(companies.chamberId, chambers.id))
    .groupBy(chambers.key);
  return Object.fromEntries(rows.map((r) => [r.key, r.n]));
}

async function chamberAdmin(chamberName: string) {
  const chamber = await findOrCreateChamber(chamberName);
  return { chamber, admin: await insertUser({ role: "chamber_admin", chamberId: chamber.id }) };
}

describe("importExchange", () => {
  it("creates approved, imported companies with their catalog, one audit row each and a queued match run", async () => {
    const summary = await importExchange(allFields());
    expect(summary).toEqual({
      created: ["mitsuke-knit.01", "tsubame-minimal", "yanbian-dayang"],
      updated: [],
      products: 2,
      channels: 3,
      needs: 2,
    });
    const db = await getDb();
    const rows = await db.select().from(companies).orderBy(asc(companies.ref));
    expect(rows.map((c) => [c.ref, c.status, c.imported])).toEqual([
      ["mitsuke-knit.01", "approved", true],
      ["tsubame-minimal", "approved", true],
      ["yanbian-dayang", "approved", true],
    ]);
    const [chamber] = await db.select().from(chambers).where(eq(chambers.id, rows[0]!.chamberId!));
    expect(chamber!.name).toEqual({ en: "Mitsuke Chamber of Commerce and Industry" });
    expect(rows[1]!.chamberId).toBeNull();

    const audit = await db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(audit.map((a) => [a.entity, a.action, a.companyId, a.actorId, a.before])).toEqual(rows.map((c) => ["company", "import", c.id, null, null]));
    expect(audit[2]!.after).toMatchObject({ ref: "yanbian-dayang", chamber: "Yanbian Chamber of Commerce", minOrderJpy: 300000 });
    expect(audit[2]!.chamberId).toBe(rows[2]!.chamberId);

    const queued = await db.select().from(matchQueue);
    expect(queued.map((q) => q.companyId).sort()).toEqual(rows.map((c) => c.id).sort());
  });

  it("puts a chamber admin's companies in the admin's chamber whatever the file says", async () => {
    const { chamber, admin } = await chamberAdmin("Mitsuke Chamber of Commerce and Industry");
    await importExchange(doc(sme("knit-a", { chamber: "Some Other Chamber" })), { actor: admin });
    const db = await getDb();
    const [company] = await db.select().from(companies);
    expect(company!.chamberId).toBe(chamber.id);
    const [audit] = await db.select().from(auditLog);
    expect(audit).toMatchObject({ actorId: admin.id, chamberId: chamber.id, companyId: company!.id });
    expect(await db.select().from(chambers).where(eq(chambers.key, "some other chamber"))).toEqual([]);
  });

  it("refuses a chamber admin updating another chamber's company and writes nothing", async () => {
    await importExchange(doc(sme("niigata-other", { chamber: "Sanjo Chamber of Commerce", employees: 5 })));
    const { admin } = await chamberAdmin("Mitsuke Chamber of Commerce and Industry");
    const before = await tableCounts();
    const file = doc(sme("mitsuke-new"), sme("niigata-other", { employees: 500 }));

    expect(await previewImport(file, { actor: admin })).toEqual({
      create: ["mitsuke-new"],
      update: ["niigata-other"],
      updates: [{ ref: "niigata-other", name: { en: "SME niigata-other" }, changes: [{ field: "employees" }] }],
      errors: [{ path: "companies[1].ref", code: "otherChamber", message: "belongs to another chamber" }],
    });
    const screen = await importOnScreen(admin, "ja", file);
    expect(screen.data!.errors).toEqual([
      { path: "companies[1].ref", company: "SME niigata-other (niigata-other)", message: "他の商工会議所に所属する企業です" },
    ]);
    const error = await importExchange(file, { actor: admin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect((error as ImportRefused).errors.map((e) => `${e.path}: ${e.message}`)).toEqual(["companies[1].ref: belongs to another chamber"]);

    expect(await tableCounts()).toEqual(before);
    const [other] = await (await getDb()).select().from(companies).where(eq(companies.ref, "niigata-other"));
    expect(other!.employees).toBe(5);
  });

  it("keeps every existing company in its chamber when a re-import names no chamber", async () => {
    const platform = await insertUser({ role: "platform_admin" });
    await importExchange(
      doc(
        sme("knit-1", { chamber: "Mitsuke Chamber of Commerce and Industry" }),
        sme("knit-2", { chamber: "Mitsuke Chamber of Commerce and Industry" }),
        sme("cutlery", { chamber: "Tsubame Chamber of Commerce and Industry" }),
      ),
    );
    const membersBefore = await chamberMembers();
    expect(membersBefore).toEqual({ "mitsuke chamber of commerce and industry": 2, "tsubame chamber of commerce and industry": 1 });

    // The chambers' own member list, re-sent by the platform admin without the chamber column.
    const file = doc(sme("knit-1", { employees: 40 }), sme("knit-2"), sme("cutlery", { employees: 12 }), sme("brand-new"));
    const preview = await previewImport(file, { actor: platform });
    expect(preview.updates.map((u) => [u.ref, u.changes.map((c) => c.field)])).toEqual([
      ["knit-1", ["employees"]],
      ["knit-2", []],
      ["cutlery", ["employees"]],
    ]);
    expect(await importOnScreen(platform, "en", file)).toMatchObject({ ok: true, data: { imported: { created: 1, updated: 3 } } });

    expect(await chamberMembers()).toEqual(membersBefore);
    expect(await companyByRef("knit-1")).toMatchObject({ employees: 40 });
    expect((await companyByRef("brand-new")).chamberId).toBeNull();
  });

  it("moves a company to the chamber a re-import names, and the preview says so", async () => {
    await importExchange(doc(sme("knit-1", { chamber: "Mitsuke Chamber of Commerce and Industry" })));
    const platform = await insertUser({ role: "platform_admin" });
    authMock.auth.mockResolvedValue({ user: { id: platform.id }, expires: "2099-01-01" });
    const file = doc(sme("knit-1", { chamber: "Sanjo Chamber of Commerce", products: [{ ref: "scarf", name: { ja: "マフラー" } }] }));
    const screen = await importExchangeAction(undefined, pageForm("ja", { json: JSON.stringify(file), confirm: "0" }));
    expect(screen.data!.updates).toEqual([{ ref: "knit-1", company: "SME knit-1 (knit-1)", changes: ["商工会議所", "製品（1件追加）"] }]);
    await importExchange(file);
    expect(await chamberMembers()).toEqual({ "mitsuke chamber of commerce and industry": 0, "sanjo chamber of commerce": 1 });
  });

  it("names the company and its field in an invalid file's errors, in the admin's language", async () => {
    const platform = await insertUser({ role: "platform_admin" });
    authMock.auth.mockResolvedValue({ user: { id: platform.id }, expires: "2099-01-01" });
    const file = doc(
      sme("fine"),
      sme("knit-9", { name: { ja: "見附ニット", en: "Mitsuke Knit" }, products: [{ ref: "p", name: { ja: "セーター" }, hsCode: "61-10" }] }),
    );
    const screen = await importExchangeAction(undefined, pageForm("ja", { json: JSON.stringify(file), confirm: "0" }));
    expect(screen.data!.errors).toEqual([
      { path: "companies[1].products[0].hsCode", company: "見附ニット (knit-9)", field: "products[0].hsCode", message: expect.any(String) },
    ]);
    expect((await tableCounts()).companies).toBe(0);
  });

  it("writes nothing when a later company fails in the database", async () => {
    const broken = {
      ...allFields().companies[2]!,
      ref: "broken",
      channels: [{ type: "vending_machine", regions: ["CN"] }],
    } as unknown as ExchangeCompany;
    const file = doc(sme("fine", { chamber: "Fresh Chamber" }), broken);
    await expect(importExchange(file)).rejects.toThrow();
    expect(await tableCounts()).toEqual({ companies: 0, audit: 0, queue: 0, products: 0, chambers: 0 });
  });

  it("refuses an account that is not an admin", async () => {
    const user = await insertUser({ role: "sme" });
    await expect(importExchange(doc(sme("a")), { actor: user })).rejects.toMatchObject({ name: "PublicError", key: "forbidden" });
    expect((await tableCounts()).companies).toBe(0);
  });

  it("updates a re-imported ref, keeps the ids of products that stay and removes the others", async () => {
    await importExchange(allFields());
    const db = await getDb();
    const [stoleBefore] = await db.select().from(products).where(eq(products.ref, "cashmere-stole_2026"));

    const next = allFields();
    const knit = next.companies[0]!;
    knit.name = { ja: "見附ニット（新社名）" };
    knit.employees = 52;
    knit.products = [
      { ...knit.products![0]!, moq: 10 },
      { ref: "scarf", name: { en: "Scarf" }, hsCode: "6117" },
    ];
    next.companies[2]!.channels = [{ type: "trade_fair", regions: ["CN-LN"] }];
    next.companies[2]!.needs = [];
    const summary = await importExchange(next);
    expect(summary.created).toEqual([]);
    expect(summary.updated).toEqual(["mitsuke-knit.01", "tsubame-minimal", "yanbian-dayang"]);

    const [company] = await db.select().from(companies).where(eq(companies.ref, "mitsuke-knit.01"));
    expect(company).toMatchObject({ name: { ja: "見附ニット（新社名）" }, employees: 52, status: "approved" });
    const productRows = await db.select().from(products).where(eq(products.companyId, company!.id)).orderBy(asc(products.position));
    expect(productRows.map((p) => [p.ref, p.moq])).toEqual([
      ["cashmere-stole_2026", 10],
      ["scarf", null],
    ]);
    expect(productRows[0]!.id).toBe(stoleBefore!.id);
    const [yanbian] = await db.select().from(companies).where(eq(companies.ref, "yanbian-dayang"));
    expect((await db.select().from(salesChannels).where(eq(salesChannels.companyId, yanbian!.id))).map((c) => c.type)).toEqual(["trade_fair"]);
    expect(await db.select().from(sourcingNeeds).where(eq(sourcingNeeds.companyId, yanbian!.id))).toEqual([]);

    const audit = await db.select().from(auditLog).where(eq(auditLog.companyId, company!.id)).orderBy(asc(auditLog.id));
    expect(audit).toHaveLength(2);
    expect((audit[1]!.before as ExchangeCompany).products!.map((p) => p.ref)).toEqual(["cashmere-stole_2026", "wool-sweater"]);
    expect((audit[1]!.after as ExchangeCompany).products!.map((p) => p.ref)).toEqual(["cashmere-stole_2026", "scarf"]);
  });

  // The products carry their HS code, so this times the import's own queries, not HS inference;
  // the bound leaves room for a loaded CI machine.
  it("imports and re-imports 2,000 products in seconds, not minutes", { timeout: 120_000 }, async () => {
    const file = doc(
      ...Array.from({ length: 8 }, (_, i) =>
        sme(`bulk-${i}`, {
          products: Array.from({ length: 250 }, (_, j) => ({
            ref: `p-${j}`,
            name: { ja: `今治タオル ${i}-${j}号`, en: `Cotton towel no. ${i}-${j}` },
            hsCode: "6302",
            keywords: ["towel", "タオル"],
          })),
        }),
      ),
    );
    const started = performance.now();
    expect((await importExchange(file)).products).toBe(2000);
    expect((await importExchange(file)).updated).toHaveLength(8);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect((await tableCounts()).products).toBe(2000);
  });

  it("removes only the products a re-import drops from their own company, keeping every other company's rows", async () => {
    const product = (ref: string) => ({ ref, name: { ja: `品目 ${ref}` }, hsCode: "6302" });
    const first = doc(sme("a", { products: [product("p1"), product("p2")] }), sme("b", { products: [product("p1"), product("p2")] }));
    await importExchange(first);
    const db = await getDb();
    const rows = async (ref: string) =>
      await db
        .select({ id: products.id, ref: products.ref })
        .from(products)
        .where(eq(products.companyId, (await companyByRef(ref)).id))
        .orderBy(asc(products.ref));
    const bBefore = await rows("b");
    await importExchange(doc(sme("a", { products: [product("p2")] }), sme("b", { products: [product("p1"), product("p2")] })));
    expect((await rows("a")).map((r) => r.ref)).toEqual(["p2"]);
    expect(await rows("b")).toEqual(bBefore);
  });

  // The spec sets no limit on a member list: a file over 10,000 companies validates and is
  // written in slices, each company with its queue entry, audit row and search rows.
  it("imports a member list of more than 10,000 companies without a limit error", { timeout: 180_000 }, async () => {
    const list = Array.from({ length: 10_050 }, (_, i) => sme(`m-${i}`));
    list[10_049] = sme("m-10049", { products: [{ ref: "p-1", name: { ja: "燕三条の包丁" }, hsCode: "8211" }] });
    const parsed = parseExchange(JSON.parse(JSON.stringify(doc(...list))));
    expect(parsed.ok).toBe(true);
    const summary = await importExchange((parsed as { doc: ExchangeDocument }).doc);
    expect(summary.created).toHaveLength(10_050);
    expect(summary.products).toBe(1);
    expect(await tableCounts()).toMatchObject({ companies: 10_050, audit: 10_050, queue: 10_050, products: 1 });
    const db = await getDb();
    const last = await companyByRef("m-10049");
    const indexed = await db.select({ kind: searchItems.kind }).from(searchItems).where(eq(searchItems.companyId, last.id));
    expect(indexed.map((r) => r.kind).sort()).toEqual(["company", "product"]);
    expect((await db.select({ n: count() }).from(searchItems))[0]!.n).toBe(10_051);
  });

  it("re-queues an already queued company instead of failing", async () => {
    await importExchange(doc(sme("a")));
    const db = await getDb();
    await db.update(matchQueue).set({ queuedAt: new Date("2020-01-01T00:00:00Z") });
    await importExchange(doc(sme("a")));
    const queue = await db.select().from(matchQueue);
    expect(queue).toHaveLength(1);
    expect(queue[0]!.queuedAt.getTime()).toBeGreaterThan(new Date("2021-01-01T00:00:00Z").getTime());
  });

  it("refuses to overwrite a company its members have claimed or registered, from the admin screen and the CLI alike, writing nothing", async () => {
    const { chamber, admin } = await chamberAdmin("Mitsuke Chamber of Commerce and Industry");
    await importExchange(doc(sme("knit-a", { products: [{ ref: "stole", name: { en: "Stole" }, hsCode: "6117" }] })), { actor: admin });
    const db = await getDb();
    // The owner claims the company and renames it; another company registered itself and waits for approval.
    const owner = await insertUser({ role: "sme" });
    const claimed = await companyByRef("knit-a");
    await db.insert(companyMembers).values({ companyId: claimed.id, userId: owner.id, role: "owner" });
    await db
      .update(companies)
      .set({ imported: false, name: { ja: "見附ニット工業" } })
      .where(eq(companies.id, claimed.id));
    await insertCompany({ ref: "self-registered", chamberId: chamber.id, status: "pending" });
    const before = await tableCounts();

    const file = doc(
      sme("mitsuke-new"),
      sme("knit-a", { name: { en: "Old name" }, country: "CN", region: "CN-JL", products: [{ ref: "towel", name: { en: "Towel" }, hsCode: "6302" }] }),
      sme("self-registered"),
    );
    expect((await previewImport(file, { actor: admin })).errors).toEqual([
      {
        path: "companies[1].ref",
        code: "claimedRef",
        message: "belongs to a company that its members now manage on Kakehashi; an import cannot change it, so leave it out of the file",
      },
      {
        path: "companies[2].ref",
        code: "claimedRef",
        message: "belongs to a company that its members now manage on Kakehashi; an import cannot change it, so leave it out of the file",
      },
    ]);
    const screen = await importOnScreen(admin, "ja", file);
    expect(screen.data).not.toHaveProperty("imported");
    expect(screen.data!.errors.map((e) => e.path)).toEqual(["companies[1].ref", "companies[2].ref"]);
    expect(screen.data!.errors[0]!.message).toBe("会員が架け橋上で自ら管理している企業のものなので、インポートでは変更できません。ファイルから除いてください");
    const cli = await importExchange(file).catch((e: unknown) => e);
    expect((cli as ImportRefused).errors.map((e) => `${e.path}: ${e.code}`)).toEqual(["companies[1].ref: claimedRef", "companies[2].ref: claimedRef"]);

    expect(await tableCounts()).toEqual(before);
    expect(await companyByRef("knit-a")).toMatchObject({
      kind: "sme",
      name: { ja: "見附ニット工業" },
      country: "JP",
      region: "JP-15",
      status: "approved",
      imported: false,
    });
    expect((await db.select().from(products).where(eq(products.companyId, claimed.id))).map((p) => p.ref)).toEqual(["stole"]);
    expect(await companyByRef("self-registered")).toMatchObject({ status: "pending" });
  });

  it("never changes an existing company's kind", async () => {
    await importExchange(doc(sme("knit-b", { products: [{ ref: "stole", name: { en: "Stole" } }] })));
    const file = doc({
      ref: "knit-b",
      kind: "distributor",
      name: { zh: "见附贸易" },
      country: "CN",
      region: "CN-JL",
      channels: [{ type: "showroom", regions: ["CN-JL"] }],
    });
    const error = await importExchange(file).catch((e: unknown) => e);
    expect((error as ImportRefused).errors).toEqual([
      { path: "companies[0].kind", code: "kindChanged", message: 'cannot change: this company is already registered as "sme"', params: { kind: "sme" } },
    ]);
    const company = await companyByRef("knit-b");
    expect(company).toMatchObject({ kind: "sme", country: "JP", name: { en: "SME knit-b" } });
    const db = await getDb();
    expect(await db.select().from(salesChannels)).toEqual([]);
    expect((await db.select().from(products).where(eq(products.companyId, company.id))).map((p) => p.ref)).toEqual(["stole"]);
  });

  it("keeps a moderator's rejection: a re-import updates the data but does not approve the company", async () => {
    const { admin } = await chamberAdmin("Mitsuke Chamber of Commerce and Industry");
    await importExchange(doc(sme("doubtful")), { actor: admin });
    const db = await getDb();
    const { id } = await companyByRef("doubtful");
    await db.update(companies).set({ status: "pending" }).where(eq(companies.id, id));
    await decideCompany(admin, id, "reject", "Not a member of the chamber");

    expect(await importOnScreen(admin, "en", doc(sme("doubtful", { employees: 12 })))).toMatchObject({
      ok: true,
      data: { errors: [], imported: { updated: 1 } },
    });
    expect(await companyByRef("doubtful")).toMatchObject({ status: "rejected", statusReason: "Not a member of the chamber", employees: 12 });
    const audit = await db.select().from(auditLog).where(eq(auditLog.companyId, id)).orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual(["import", "reject", "import"]);
  });

  it("does not lift a suspension or bring back a deleted company", async () => {
    await importExchange(doc(sme("suspended"), sme("deleted")));
    const db = await getDb();
    await db.update(companies).set({ status: "suspended", statusReason: "fake listings" }).where(eq(companies.ref, "suspended"));
    await importExchange(doc(sme("suspended", { employees: 3 })));
    const [suspended] = await db.select().from(companies).where(eq(companies.ref, "suspended"));
    expect(suspended).toMatchObject({ status: "suspended", statusReason: "fake listings", employees: 3 });

    await db.update(companies).set({ deletedAt: new Date() }).where(eq(companies.ref, "deleted"));
    const error = await importExchange(doc(sme("new-one"), sme("deleted"))).catch((e: unknown) => e);
    expect((error as ImportRefused).errors).toEqual([expect.objectContaining({ path: "companies[1].ref", code: "deletedRef" })]);
    expect(await db.select().from(companies).where(eq(companies.ref, "new-one"))).toEqual([]);
  });
});

describe("inferred HS codes", () => {
  it("stores an inferred code for a product or need without one and exports only the sender's own", async () => {
    const sake = { ja: "純米吟醸 日本酒", en: "Junmai ginjo sake" };
    const need = { zh: "冬季羊毛针织衫", en: "Winter wool knitwear" };
    await importExchange(
      doc(
        sme("brewery", {
          products: [
            { ref: "sake", name: sake },
            { ref: "cutlery", name: { en: "Cutlery set" }, hsCode: "8215" },
          ],
        }),
        { ref: "buyer", kind: "distributor", name: { en: "Buyer" }, country: "CN", region: "CN-LN", needs: [{ ref: "knives", description: need }] },
      ),
    );
    const db = await getDb();
    const rows = await db.select().from(products).orderBy(asc(products.position));
    expect(rows[0]!.hsCode).toBeNull();
    expect(rows[0]!.inferredHsCode).toMatch(/^\d{2}(\d{2}(\d{2})?)?$/);
    expect(rows[0]!.inferredHsCode).toBe(inferHsCode([sake.ja, sake.en]));
    expect(rows[1]).toMatchObject({ hsCode: "8215", inferredHsCode: null });
    const [needRow] = await db.select().from(sourcingNeeds);
    expect(needRow).toMatchObject({ hsCode: null, inferredHsCode: inferHsCode([need.zh, need.en]) });
    expect(needRow!.inferredHsCode).not.toBeNull();

    const exported = await exportExchange();
    expect(exported.companies[0]!.products).toEqual([
      { ref: "sake", name: sake },
      { ref: "cutlery", name: { en: "Cutlery set" }, hsCode: "8215" },
    ]);
    expect(exported.companies[1]!.needs).toEqual([{ ref: "knives", description: need }]);
  });
});

describe("exportExchange", () => {
  it("gives back exactly the file with every field, and export → import → export is identical", async () => {
    await importExchange(allFields());
    const first = await exportExchange();
    expect(first).toEqual(JSON.parse(allFieldsText));
    expect(JSON.stringify(first, null, 2) + "\n").toBe(allFieldsText);

    await importExchange(first);
    const second = await exportExchange();
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it("keeps <script> as plain text in the database and the export", async () => {
    await importExchange(allFields());
    const [stole] = await (await getDb()).select().from(products).where(eq(products.ref, "cashmere-stole_2026"));
    expect(stole!.name.en).toBe("Cashmere stole <script>alert(1)</script>");
    const exported = await exportExchange();
    expect(exported.companies[0]!.products![0]!.name.en).toBe("Cashmere stole <script>alert(1)</script>");
  });

  it("normalizes what has no value: blank optional text and empty lists are left out", async () => {
    await importExchange(doc(sme("sparse", { city: "  ", languages: [], products: [], targetRegions: [] })));
    expect((await exportExchange()).companies).toEqual([sme("sparse")]);
  });

  it("exports only the given chamber's companies, and no deleted ones", async () => {
    await importExchange(allFields());
    await importExchange(doc(sme("gone", { chamber: "Mitsuke Chamber of Commerce and Industry" })));
    const db = await getDb();
    await db.update(companies).set({ deletedAt: new Date() }).where(eq(companies.ref, "gone"));
    const [knit] = await db.select().from(companies).where(eq(companies.ref, "mitsuke-knit.01"));
    const exported = await exportExchange({ chamberId: knit!.chamberId! });
    expect(exported.companies.map((c) => c.ref)).toEqual(["mitsuke-knit.01"]);
    expect((await exportExchange()).companies.map((c) => c.ref)).toEqual(["mitsuke-knit.01", "tsubame-minimal", "yanbian-dayang"]);
  });
});
