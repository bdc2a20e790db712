import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, listingReports, products, users, type Localized, type User } from "@/db/schema";
import { CatalogError } from "./errors";
import { moderatedCompanies } from "@/lib/moderation/access";
import { getProductForViewer } from "./public";

/** Any signed-in user who can see a listing may flag it for the admins. */
export async function reportProduct(user: User, productId: string, reason: string): Promise<void> {
  const product = await getProductForViewer(user, productId);
  if (!product) throw new CatalogError("productNotFound");
  const db = await getDb();
  await db.insert(listingReports).values({ reporterId: user.id, productId: product.id, companyId: product.companyId, reason });
}

export type OpenReport = {
  id: string;
  reason: string;
  createdAt: Date;
  productId: string | null;
  productRef: string | null;
  productName: Localized | null;
  productPublished: boolean | null;
  companyId: string;
  companyName: Localized;
  reporterName: string | null;
  reporterEmail: string | null;
};

/** Open reports on the listings an admin moderates (their chamber's companies; all for platform admins). */
export async function listOpenReports(admin: User): Promise<OpenReport[]> {
  const db = await getDb();
  return db
    .select({
      id: listingReports.id,
      reason: listingReports.reason,
      createdAt: listingReports.createdAt,
      productId: listingReports.productId,
      productRef: products.ref,
      productName: products.name,
      productPublished: products.published,
      companyId: listingReports.companyId,
      companyName: companies.name,
      reporterName: users.name,
      reporterEmail: users.email,
    })
    .from(listingReports)
    .innerJoin(companies, eq(companies.id, listingReports.companyId))
    .leftJoin(products, eq(products.id, listingReports.productId))
    .leftJoin(users, eq(users.id, listingReports.reporterId))
    .where(and(eq(listingReports.status, "open"), moderatedCompanies(admin)))
    .orderBy(desc(listingReports.createdAt));
}

/** Closes a report without unpublishing (the listing was fine); scoped like listOpenReports. */
export async function resolveReport(admin: User, reportId: string): Promise<void> {
  const db = await getDb();
  const [report] = await db
    .select({ id: listingReports.id })
    .from(listingReports)
    .innerJoin(companies, eq(companies.id, listingReports.companyId))
    .where(and(eq(listingReports.id, reportId), moderatedCompanies(admin)))
    .limit(1);
  if (!report) throw new CatalogError("reportNotFound");
  await db.update(listingReports).set({ status: "resolved", resolvedAt: new Date() }).where(eq(listingReports.id, report.id));
}
