import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  companies,
  companyBlocks,
  products,
  showroomApplicationProducts,
  showroomApplications,
  showroomOffers,
  type Company,
  type ShowroomApplication,
} from "@/db/schema";

/** What the showroom pages read about applications, each query scoped by the reader's company. */

export type ApplicationProduct = { id: string; ref: string; name: Company["name"] };
/** `contactEnded`: one of the two companies has blocked the other, so the application can no longer be answered. */
export type ApplicationView = ShowroomApplication & { sme: Pick<Company, "id" | "name" | "region">; products: ApplicationProduct[]; contactEnded: boolean };

async function productsOf(applicationIds: string[]): Promise<Map<string, ApplicationProduct[]>> {
  const byApplication = new Map<string, ApplicationProduct[]>();
  if (applicationIds.length === 0) return byApplication;
  const db = await getDb();
  const rows = await db
    .select({ applicationId: showroomApplicationProducts.applicationId, id: products.id, ref: products.ref, name: products.name })
    .from(showroomApplicationProducts)
    .innerJoin(products, eq(products.id, showroomApplicationProducts.productId))
    .where(inArray(showroomApplicationProducts.applicationId, applicationIds))
    .orderBy(asc(products.ref));
  for (const { applicationId, ...product } of rows) {
    const list = byApplication.get(applicationId) ?? [];
    list.push(product);
    byApplication.set(applicationId, list);
  }
  return byApplication;
}

/** The applications to a distributor's own offers (one offer, or all), from approved SMEs. */
export async function listApplicationsForDistributor(distributorId: string, offerId?: string): Promise<ApplicationView[]> {
  const db = await getDb();
  const contactEnded = sql<boolean>`exists (
    select 1 from ${companyBlocks}
    where (${companyBlocks.blockerId} = ${showroomApplications.smeId} and ${companyBlocks.blockedId} = ${showroomOffers.companyId})
       or (${companyBlocks.blockerId} = ${showroomOffers.companyId} and ${companyBlocks.blockedId} = ${showroomApplications.smeId}))`;
  const rows = await db
    .select({ application: showroomApplications, sme: { id: companies.id, name: companies.name, region: companies.region }, contactEnded })
    .from(showroomApplications)
    .innerJoin(showroomOffers, eq(showroomOffers.id, showroomApplications.offerId))
    .innerJoin(companies, eq(companies.id, showroomApplications.smeId))
    .where(
      and(
        eq(showroomOffers.companyId, distributorId),
        offerId ? eq(showroomOffers.id, offerId) : undefined,
        eq(companies.status, "approved"),
        isNull(companies.deletedAt),
      ),
    )
    .orderBy(desc(showroomApplications.createdAt));
  const items = await productsOf(rows.map((r) => r.application.id));
  return rows.map((r) => ({ ...r.application, sme: r.sme, products: items.get(r.application.id) ?? [], contactEnded: r.contactEnded }));
}

/** The SME's own applications to one offer, with the products each put forward. */
export async function listOwnApplications(smeId: string, offerId: string): Promise<(ShowroomApplication & { products: ApplicationProduct[] })[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(showroomApplications)
    .where(and(eq(showroomApplications.smeId, smeId), eq(showroomApplications.offerId, offerId)))
    .orderBy(desc(showroomApplications.createdAt));
  const items = await productsOf(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, products: items.get(r.id) ?? [] }));
}

/** The SME's offers applied to, with the status of its latest application, for the list page. */
export async function applicationStatusesOf(smeId: string): Promise<Map<string, ShowroomApplication["status"]>> {
  const db = await getDb();
  const rows = await db
    .select({ offerId: showroomApplications.offerId, status: showroomApplications.status })
    .from(showroomApplications)
    .where(eq(showroomApplications.smeId, smeId))
    .orderBy(asc(showroomApplications.createdAt));
  return new Map(rows.map((r) => [r.offerId, r.status]));
}

/** What an SME may put forward: its own published products. */
export async function listApplicableProducts(smeId: string): Promise<{ id: string; ref: string; name: Company["name"]; hsCode: string | null }[]> {
  const db = await getDb();
  return (
    db
      // The sender's code, else the inferred one: enough to hint at the offer's accepted categories.
      .select({ id: products.id, ref: products.ref, name: products.name, hsCode: sql<string | null>`coalesce(${products.hsCode}, ${products.inferredHsCode})` })
      .from(products)
      .where(and(eq(products.companyId, smeId), eq(products.published, true)))
      .orderBy(asc(products.position), asc(products.ref))
  );
}
