import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import {
  auditLog,
  chambers,
  companies,
  companyMembers,
  emailOutbox,
  listingReports,
  notifications,
  products,
  type CompanyStatus,
  type UserRole,
} from "@/db/schema";
import { insertUser } from "../support/accounts";
import { pageForm } from "../support/forms";
import { withTestDatabase } from "../support/database";

const authMock = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/config", () => authMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { reportProductAction, republishProductAction, unpublishProductAction } = await import("@/app/[locale]/products/[id]/actions");
const { requestReviewAction, setPublishedAction } = await import("@/app/[locale]/company/products/actions");
const { notificationDetail, notificationText, renderEmail } = await import("@/lib/notifications/render");
const { notificationPath } = await import("@/lib/notifications/types");
const { listOpenReports } = await import("@/lib/catalog/reports");
const { getProductForViewer, listPublishedProducts } = await import("@/lib/catalog/public");
const { listOwnProducts } = await import("@/lib/catalog/products");

withTestDatabase();

function signIn(user: { id: string; role: UserRole }) {
  authMock.auth.mockResolvedValue({ user: { id: user.id, role: user.role }, expires: "2099-01-01" });
}

async function chamber(key: string) {
  const [row] = await (
    await getDb()
  )
    .insert(chambers)
    .values({ key, name: { ja: key } })
    .returning();
  return row!;
}

async function smeWithProduct(chamberId: string, status: CompanyStatus = "approved") {
  const db = await getDb();
  const owner = await insertUser({ role: "sme" });
  const [company] = await db
    .insert(companies)
    .values({ ref: `C-${crypto.randomUUID().slice(0, 8)}`, kind: "sme", name: { ja: "見附ニット" }, country: "JP", region: "JP-15", status, chamberId })
    .returning();
  await db.insert(companyMembers).values({ companyId: company!.id, userId: owner.id, role: "owner" });
  const [product] = await db
    .insert(products)
    .values({ companyId: company!.id, ref: "P-AAAAAA", name: { ja: "ニットセーター" } })
    .returning();
  return { owner, company: company!, product: product! };
}

async function productRow(id: string) {
  const [row] = await (await getDb()).select().from(products).where(eq(products.id, id));
  return row!;
}

describe("moderation of products", () => {
  it("lets a chamber admin unpublish a product of their chamber with a reason, audited, shown to the owner", async () => {
    const mitsuke = await chamber("mitsuke");
    const { owner, company, product } = await smeWithProduct(mitsuke.id);
    const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
    signIn(admin);
    const state = await unpublishProductAction(undefined, pageForm("en", { productId: product.id, reason: "Counterfeit brand logo" }));
    expect(state).toMatchObject({ ok: true, message: "The product was unpublished and the decision recorded." });
    expect(await productRow(product.id)).toMatchObject({ published: false, moderationReason: "Counterfeit brand logo" });
    const audit = await (await getDb()).select().from(auditLog);
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        chamberId: mitsuke.id,
        companyId: company.id,
        entity: "product",
        entityId: product.id,
        action: "unpublish",
        reason: "Counterfeit brand logo",
        before: { published: true, moderationReason: null },
        after: { published: false, moderationReason: "Counterfeit brand logo" },
      }),
    ]);
    const [own] = await listOwnProducts(company.id);
    expect(own!.moderationReason).toBe("Counterfeit brand logo");
    expect(await listPublishedProducts(company.id)).toEqual([]);
    expect(owner.id).toBeDefined();
  });

  it("does not let a chamber admin unpublish another chamber's product", async () => {
    const { product } = await smeWithProduct((await chamber("mitsuke")).id);
    const other = await insertUser({ role: "chamber_admin", chamberId: (await chamber("yanbian")).id });
    signIn(other);
    const state = await unpublishProductAction(undefined, pageForm("en", { productId: product.id, reason: "nope" }));
    expect(state).toMatchObject({ ok: false, message: "This product was not found." });
    expect(await productRow(product.id)).toMatchObject({ published: true, moderationReason: null });
    expect(await (await getDb()).select().from(auditLog)).toEqual([]);
  });

  it("lets a platform admin unpublish any product, and refuses the action to SMEs and distributors", async () => {
    const { product, owner } = await smeWithProduct((await chamber("mitsuke")).id);
    signIn(owner);
    expect((await unpublishProductAction(undefined, pageForm("en", { productId: product.id, reason: "x" }))).message).toBe("You are not allowed to do this.");
    signIn(await insertUser({ role: "distributor" }));
    expect((await unpublishProductAction(undefined, pageForm("en", { productId: product.id, reason: "x" }))).ok).toBe(false);
    expect((await productRow(product.id)).published).toBe(true);
    signIn(await insertUser({ role: "platform_admin" }));
    expect((await unpublishProductAction(undefined, pageForm("en", { productId: product.id, reason: "Duplicate listing" }))).ok).toBe(true);
    expect((await productRow(product.id)).published).toBe(false);
  });

  it("changes nothing when the audit row cannot be written: decision and audit share one transaction", async () => {
    const mitsuke = await chamber("mitsuke");
    const { product } = await smeWithProduct(mitsuke.id);
    signIn(await insertUser({ role: "chamber_admin", chamberId: mitsuke.id }));
    const db = await getDb();
    await db.execute(
      sql.raw(`create or replace function catalog_test_fail() returns trigger language plpgsql as $$ begin raise exception 'audit log unavailable'; end $$`),
    );
    await db.execute(sql.raw(`create trigger catalog_test_fail before insert on audit_log for each row execute function catalog_test_fail()`));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const state = await unpublishProductAction(undefined, pageForm("en", { productId: product.id, reason: "Fake" }));
      expect(state.ok).toBe(false);
      expect(state.message).toMatch(/^Something went wrong on our side. Nothing was saved/);
    } finally {
      errors.mockRestore();
      await db.execute(sql.raw(`drop trigger catalog_test_fail on audit_log`));
      await db.execute(sql.raw(`drop function catalog_test_fail()`));
    }
    expect(await productRow(product.id)).toMatchObject({ published: true, moderationReason: null });
  });

  it("requires a reason", async () => {
    const mitsuke = await chamber("mitsuke");
    const { product } = await smeWithProduct(mitsuke.id);
    signIn(await insertUser({ role: "chamber_admin", chamberId: mitsuke.id }));
    const state = await unpublishProductAction(undefined, pageForm("ja", { productId: product.id, reason: "  " }));
    expect(state.fieldErrors?.reason).toEqual(["理由を入力してください。"]);
    expect((await productRow(product.id)).published).toBe(true);
  });
});

async function notificationsOf(userId: string) {
  return (await getDb()).select().from(notifications).where(eq(notifications.userId, userId));
}

async function auditActions() {
  return (await (await getDb()).select().from(auditLog).orderBy(auditLog.id)).map((e) => [e.action, e.actorId, e.reason]);
}

/** A product of the Mitsuke chamber unpublished by its admin, the owner reading Japanese. */
async function moderated() {
  const mitsuke = await chamber("mitsuke");
  const w = await smeWithProduct(mitsuke.id);
  const db = await getDb();
  await db
    .update(products)
    .set({ name: { ja: "ニットセーター", zh: "针织毛衣", en: "Knit sweater" } })
    .where(eq(products.id, w.product.id));
  const admin = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id, locale: "zh" });
  signIn(admin);
  expect((await unpublishProductAction(undefined, pageForm("en", { productId: w.product.id, reason: "Counterfeit brand logo" }))).ok).toBe(true);
  return { ...w, mitsuke, admin };
}

describe("after a moderator unpublished a product", () => {
  it("tells the owner's members why, in their language, linking to the product", async () => {
    const { owner, product } = await moderated();
    const [told] = await notificationsOf(owner.id);
    expect(notificationText("ja", told!.type, told!.payload)).toBe("「ニットセーター」は非公開になりました");
    expect(notificationDetail("ja", told!.type, told!.payload)).toEqual(["理由：Counterfeit brand logo"]);
    expect(notificationPath(told!.type, told!.payload)).toBe(`/company/products/${product.id}`);
    const [email] = await (await getDb()).select().from(emailOutbox);
    expect(email!.toEmail).toBe(owner.email);
    expect(renderEmail({ ...email!, locale: "zh" }).text).toContain("“针织毛衣”已被下架");
  });

  it("does not let the owner publish it again, keeping the moderator's reason", async () => {
    const { owner, product } = await moderated();
    signIn(owner);
    const state = await setPublishedAction(undefined, pageForm("en", { productId: product.id, published: "true" }));
    expect(state).toMatchObject({ ok: false });
    expect(state.message).toMatch(/^An administrator unpublished this product/);
    expect(await productRow(product.id)).toMatchObject({ published: false, moderationReason: "Counterfeit brand logo" });
    expect(await listPublishedProducts(product.companyId)).toEqual([]);
    expect(await auditActions()).toHaveLength(1);
  });

  it("lets the owner ask once for a review, audited, which the chamber's admins are told about", async () => {
    const { owner, product, admin } = await moderated();
    const otherChamberAdmin = await insertUser({ role: "chamber_admin", chamberId: (await chamber("yanbian")).id });
    signIn(owner);
    const empty = await requestReviewAction(undefined, pageForm("ja", { productId: product.id, reason: " " }));
    expect(empty.fieldErrors?.reason).toEqual(["変更した内容を入力してください。"]);
    const state = await requestReviewAction(undefined, pageForm("ja", { productId: product.id, reason: "ロゴを削除しました" }));
    expect(state).toMatchObject({ ok: true, message: "商工会議所に製品の再審査を依頼しました。" });
    expect(await auditActions()).toEqual([
      ["unpublish", admin.id, "Counterfeit brand logo"],
      ["request_review", owner.id, "ロゴを削除しました"],
    ]);
    const [told] = await notificationsOf(admin.id);
    expect(notificationText("zh", told!.type, told!.payload)).toBe("“针织毛衣”已由企业申请复审");
    expect(notificationDetail("zh", told!.type, told!.payload)).toEqual(["留言：ロゴを削除しました"]);
    expect(notificationPath(told!.type, told!.payload)).toBe(`/products/${product.id}`);
    expect(await notificationsOf(otherChamberAdmin.id)).toEqual([]);
    // The product stays off the catalog until an admin decides.
    expect((await productRow(product.id)).published).toBe(false);

    const again = await requestReviewAction(undefined, pageForm("en", { productId: product.id, reason: "Please" }));
    expect(again).toMatchObject({ ok: false, message: "A review was already requested. Your chamber of commerce has been notified." });
    expect(await auditActions()).toHaveLength(2);
    expect(await notificationsOf(admin.id)).toHaveLength(1);
  });

  it("refuses a review request for a product no moderator unpublished, or another company's", async () => {
    const { owner, product } = await smeWithProduct((await chamber("mitsuke")).id);
    signIn(owner);
    expect(await requestReviewAction(undefined, pageForm("en", { productId: product.id, reason: "x" }))).toMatchObject({
      ok: false,
      message: "This product was not unpublished by an administrator.",
    });
    const { product: theirs } = await smeWithProduct((await chamber("tsubame")).id);
    await (await getDb()).update(products).set({ published: false, moderationReason: "Spam" }).where(eq(products.id, theirs.id));
    expect(await requestReviewAction(undefined, pageForm("en", { productId: theirs.id, reason: "x" }))).toMatchObject({
      ok: false,
      message: "This product was not found.",
    });
    expect(await auditActions()).toEqual([]);
  });

  it("asks the platform admins when the company's chamber has no admin", async () => {
    const { owner, product } = await moderated();
    await (await getDb()).update(companies).set({ chamberId: null }).where(eq(companies.id, product.companyId));
    const platform = await insertUser({ role: "platform_admin" });
    signIn(owner);
    expect((await requestReviewAction(undefined, pageForm("en", { productId: product.id, reason: "Logo removed" }))).ok).toBe(true);
    expect((await notificationsOf(platform.id)).map((n) => n.payload.decision)).toEqual(["resubmitted"]);
  });

  it("lets an admin of its chamber publish it again, audited, and tells the owner", async () => {
    const { owner, product, admin } = await moderated();
    signIn(await insertUser({ role: "chamber_admin", chamberId: (await chamber("yanbian")).id }));
    expect(await republishProductAction(undefined, pageForm("en", { productId: product.id }))).toMatchObject({
      ok: false,
      message: "This product was not found.",
    });
    signIn(owner);
    expect((await republishProductAction(undefined, pageForm("en", { productId: product.id }))).message).toBe("You are not allowed to do this.");
    expect((await productRow(product.id)).published).toBe(false);

    signIn(admin);
    const state = await republishProductAction(undefined, pageForm("en", { productId: product.id }));
    expect(state).toMatchObject({ ok: true, message: "The product is published again and the decision recorded." });
    expect(await productRow(product.id)).toMatchObject({ published: true, moderationReason: null });
    expect((await listPublishedProducts(product.companyId)).map((p) => p.id)).toEqual([product.id]);
    const [entry] = await (await getDb()).select().from(auditLog).where(eq(auditLog.action, "republish"));
    expect(entry).toMatchObject({
      actorId: admin.id,
      entityId: product.id,
      before: { published: false, moderationReason: "Counterfeit brand logo" },
      after: { published: true, moderationReason: null },
    });
    const told = await notificationsOf(owner.id);
    expect(told.map((n) => notificationText("ja", n.type, n.payload))).toContain("「ニットセーター」は再公開されました");

    expect(await republishProductAction(undefined, pageForm("en", { productId: product.id }))).toMatchObject({
      ok: false,
      message: "This product was not unpublished by an administrator.",
    });
  });
});

describe("listing reports", () => {
  it("lets a distributor report a listing, and lists it only to the admins of that company's chamber", async () => {
    const mitsuke = await chamber("mitsuke");
    const { product, company } = await smeWithProduct(mitsuke.id);
    const distributor = await insertUser({ role: "distributor" });
    signIn(distributor);
    const state = await reportProductAction(undefined, pageForm("zh", { productId: product.id, reason: "图片与描述不符" }));
    expect(state).toMatchObject({ ok: true, message: "感谢您的举报，管理员将进行审核。" });
    const [report] = await (await getDb()).select().from(listingReports);
    expect(report).toMatchObject({ reporterId: distributor.id, productId: product.id, companyId: company.id, reason: "图片与描述不符", status: "open" });

    const own = await insertUser({ role: "chamber_admin", chamberId: mitsuke.id });
    const other = await insertUser({ role: "chamber_admin", chamberId: (await chamber("yanbian")).id });
    const platform = await insertUser({ role: "platform_admin" });
    expect((await listOpenReports(own)).map((r) => [r.productId, r.reason, r.reporterEmail])).toEqual([[product.id, "图片与描述不符", distributor.email]]);
    expect(await listOpenReports(other)).toEqual([]);
    expect(await listOpenReports(platform)).toHaveLength(1);

    signIn(own);
    await unpublishProductAction(undefined, pageForm("en", { productId: product.id, reason: "Misleading photos" }));
    expect(await listOpenReports(own)).toEqual([]);
  });

  it("does not let a user report a listing they cannot see", async () => {
    const { product } = await smeWithProduct((await chamber("mitsuke")).id);
    await (await getDb()).update(products).set({ published: false }).where(eq(products.id, product.id));
    signIn(await insertUser({ role: "distributor" }));
    const state = await reportProductAction(undefined, pageForm("en", { productId: product.id, reason: "spam" }));
    expect(state.message).toBe("This product was not found.");
    expect(await (await getDb()).select().from(listingReports)).toEqual([]);
  });
});

describe("who sees a product", () => {
  it("shows a published product of an approved company to distributors and admins, and hides it otherwise", async () => {
    const mitsuke = await chamber("mitsuke");
    const { owner, product, company } = await smeWithProduct(mitsuke.id);
    const distributor = await insertUser({ role: "distributor" });
    const otherSme = await insertUser({ role: "sme" });
    const admin = await insertUser({ role: "chamber_admin", chamberId: (await chamber("yanbian")).id });
    expect((await getProductForViewer(distributor, product.id))?.id).toBe(product.id);
    expect((await getProductForViewer(admin, product.id))?.id).toBe(product.id);
    expect(await getProductForViewer(otherSme, product.id)).toBeUndefined();

    const db = await getDb();
    await db.update(products).set({ published: false }).where(eq(products.id, product.id));
    expect(await getProductForViewer(distributor, product.id)).toBeUndefined();
    expect(await getProductForViewer(admin, product.id)).toBeUndefined();
    expect((await getProductForViewer(owner, product.id))?.isOwn).toBe(true);

    await db.update(products).set({ published: true }).where(eq(products.id, product.id));
    await db.update(companies).set({ status: "pending" }).where(eq(companies.id, company.id));
    expect(await getProductForViewer(distributor, product.id)).toBeUndefined();
    expect(await listPublishedProducts(company.id)).toEqual([]);
  });
});
