import "server-only";
import { and, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { chambers, companies, products, salesChannels, sourcingNeeds } from "@/db/schema";
import { chamberDisplayName, compareText, type CompanyBundle } from "./serialize";

/**
 * Companies matching `where` with their chamber, products, channels and needs: four queries
 * whatever the count, ordered by ref.
 */
export async function loadCompanyBundles(db: Executor, where: SQL | undefined): Promise<CompanyBundle[]> {
  const rows = await db
    .select({ company: companies, chamberName: chambers.name })
    .from(companies)
    .leftJoin(chambers, eq(chambers.id, companies.chamberId))
    .where(where);
  if (rows.length === 0) return [];
  const ids = db.select({ id: companies.id }).from(companies).where(where);
  const [productRows, channelRows, needRows] = await Promise.all([
    db.select().from(products).where(inArray(products.companyId, ids)),
    db.select().from(salesChannels).where(inArray(salesChannels.companyId, ids)),
    db.select().from(sourcingNeeds).where(inArray(sourcingNeeds.companyId, ids)),
  ]);
  const group = <T extends { companyId: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of list) map.set(row.companyId, [...(map.get(row.companyId) ?? []), row]);
    return map;
  };
  const byProduct = group(productRows);
  const byChannel = group(channelRows);
  const byNeed = group(needRows);
  return rows
    .map(({ company, chamberName }) => ({
      company,
      chamberName: chamberDisplayName(chamberName),
      products: byProduct.get(company.id) ?? [],
      channels: byChannel.get(company.id) ?? [],
      needs: byNeed.get(company.id) ?? [],
    }))
    .sort((a, b) => compareText(a.company.ref, b.company.ref));
}

export function liveCompanies(chamberId?: string): SQL | undefined {
  return and(isNull(companies.deletedAt), chamberId ? eq(companies.chamberId, chamberId) : undefined);
}
