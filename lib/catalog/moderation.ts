import "server-only";
// Product moderation: an admin unpublishes with a reason; only an admin publishes it again, after
// the owner asks for a review. Every step is audited and notified in its own transaction.
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Executor, type Transaction } from "@/db/client";
import { auditLog, companies, companyMembers, listingReports, products, users, type Product, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { moderatedCompanies } from "@/lib/moderation/access";
import { notify } from "@/lib/notifications/notify";
import { nameParam } from "@/lib/notifications/types";
import { CatalogError } from "./errors";
import { companyChanged } from "@/lib/companies/changed";

const snapshot = (p: Pick<Product, "published" | "moderationReason">) => ({ published: p.published, moderationReason: p.moderationReason });

/** The product, locked, with its company's chamber, if it is in the admin's scope. */
async function moderatedProduct(tx: Transaction, admin: User, productId: string) {
  const [row] = await tx
    .select({ product: products, chamberId: companies.chamberId })
    .from(products)
    .innerJoin(companies, eq(companies.id, products.companyId))
    .where(and(eq(products.id, productId), moderatedCompanies(admin)))
    .for("update", { of: products });
  if (!row) throw new CatalogError("productNotFound");
  return row;
}

/** Tells the owning company's members what a moderator decided about one of its products. */
async function notifyOwner(tx: Executor, product: Product, decision: "unpublished" | "restored", reason = ""): Promise<void> {
  const members = await tx.select({ userId: companyMembers.userId }).from(companyMembers).where(eq(companyMembers.companyId, product.companyId));
  await notify(tx, {
    type: "moderation_decision",
    userIds: members.map((m) => m.userId),
    payload: { targetName: nameParam(product.name, product.ref), decision, reason, productId: product.id },
  });
}

/**
 * Unpublishes a product with a reason the owner sees, and records the decision in the audit log
 * in the same transaction; the product's open reports are resolved with it and the owner's
 * members are notified. The admin's scope is in the WHERE clause, so another chamber's product is
 * simply not found.
 */
export async function unpublishProduct(admin: User, productId: string, reason: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { product, chamberId } = await moderatedProduct(tx, admin, productId);
    const [updated] = await tx.update(products).set({ published: false, moderationReason: reason }).where(eq(products.id, product.id)).returning();
    await recordAudit(tx, {
      actorId: admin.id,
      chamberId,
      companyId: product.companyId,
      entity: "product",
      entityId: product.id,
      action: "unpublish",
      reason,
      before: snapshot(product),
      after: snapshot(updated!),
    });
    await tx
      .update(listingReports)
      .set({ status: "resolved", resolvedAt: new Date() })
      .where(and(eq(listingReports.productId, product.id), eq(listingReports.status, "open")));
    await companyChanged(tx, product.companyId);
    await notifyOwner(tx, updated!, "unpublished", reason);
  });
}

/** An admin publishes again a product a moderator unpublished (after the owner's review request, typically). */
export async function republishProduct(admin: User, productId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { product, chamberId } = await moderatedProduct(tx, admin, productId);
    if (product.published || product.moderationReason === null) throw new CatalogError("notModerated");
    const [updated] = await tx.update(products).set({ published: true, moderationReason: null }).where(eq(products.id, product.id)).returning();
    await recordAudit(tx, {
      actorId: admin.id,
      chamberId,
      companyId: product.companyId,
      entity: "product",
      entityId: product.id,
      action: "republish",
      before: snapshot(product),
      after: snapshot(updated!),
    });
    await companyChanged(tx, product.companyId);
    await notifyOwner(tx, updated!, "restored");
  });
}

/** Who reviews a company's products: its chamber's active admins, or the platform admins when it has none. */
async function reviewerIds(tx: Executor, chamberId: string | null): Promise<string[]> {
  const active = and(eq(users.status, "active"), isNull(users.deletedAt));
  if (chamberId) {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "chamber_admin"), eq(users.chamberId, chamberId), active));
    if (admins.length > 0) return admins.map((a) => a.id);
  }
  const platform = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "platform_admin"), active));
  return platform.map((a) => a.id);
}

/**
 * The owner of a product a moderator unpublished asks for it to be published again, saying what
 * they changed: audited, and the company's reviewers are notified with a link to the product.
 * Once per moderation decision: a second request before an admin acts is refused.
 */
export async function requestProductReview(user: Pick<User, "id">, companyId: string, productId: string, note: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Locked: two members asking at once are serialized, and the second sees the first's request.
    const [row] = await tx
      .select({ product: products, chamberId: companies.chamberId })
      .from(products)
      .innerJoin(companies, eq(companies.id, products.companyId))
      .where(and(eq(products.id, productId), eq(products.companyId, companyId)))
      .for("update", { of: products });
    if (!row) throw new CatalogError("productNotFound");
    const { product, chamberId } = row;
    if (product.published || product.moderationReason === null) throw new CatalogError("notModerated");
    const [last] = await tx
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "product"), eq(auditLog.entityId, product.id), inArray(auditLog.action, ["unpublish", "request_review"])))
      .orderBy(desc(auditLog.id))
      .limit(1);
    if (last?.action === "request_review") throw new CatalogError("reviewAlreadyRequested");
    await recordAudit(tx, {
      actorId: user.id,
      chamberId,
      companyId: product.companyId,
      entity: "product",
      entityId: product.id,
      action: "request_review",
      reason: note,
      before: snapshot(product),
      after: snapshot(product),
    });
    await notify(tx, {
      type: "moderation_decision",
      userIds: await reviewerIds(tx, chamberId),
      payload: { targetName: nameParam(product.name, product.ref), decision: "resubmitted", note, productId: product.id, path: `/products/${product.id}` },
    });
  });
}
