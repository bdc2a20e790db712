import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, companies, listingReports, products, type User } from "@/db/schema";
import { moderatedCompanies } from "@/lib/moderation/scope";
import { CatalogError } from "./errors";
import { companyChanged } from "@/lib/companies/changed";

/**
 * Unpublishes a product with a reason the owner sees, and records the decision in the audit log
 * in the same transaction; the product's open reports are resolved with it. The admin's scope is
 * in the WHERE clause, so another chamber's product is simply not found.
 */
export async function unpublishProduct(admin: User, productId: string, reason: string): Promise<void> {
  const scope = moderatedCompanies(admin);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ product: products, chamberId: companies.chamberId })
      .from(products)
      .innerJoin(companies, eq(companies.id, products.companyId))
      .where(and(eq(products.id, productId), scope))
      .for("update", { of: products });
    if (!row) throw new CatalogError("productNotFound");
    const { product } = row;
    await tx.update(products).set({ published: false, moderationReason: reason }).where(eq(products.id, product.id));
    await tx.insert(auditLog).values({
      actorId: admin.id,
      chamberId: row.chamberId,
      companyId: product.companyId,
      entity: "product",
      entityId: product.id,
      action: "unpublish",
      reason,
      before: { published: product.published, moderationReason: product.moderationReason },
      after: { published: false, moderationReason: reason },
    });
    await tx
      .update(listingReports)
      .set({ status: "resolved", resolvedAt: new Date() })
      .where(and(eq(listingReports.productId, product.id), eq(listingReports.status, "open")));
    await companyChanged(tx, product.companyId);
  });
}
