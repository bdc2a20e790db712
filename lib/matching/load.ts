import "server-only";
// Loads approved, non-deleted companies as raw matching profiles: four queries whatever the count.
import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { companies, products, salesChannels, sourcingNeeds } from "@/db/schema";
import { evaluateProduct, today, type ProductAccess } from "@/lib/access/evaluate";
import { currentRules } from "@/lib/access/rules";
import { summarize } from "@/lib/access/summary";
import type { RawProfile } from "./types";

/** A need still taking quotations: no deadline, or its deadline day not yet over in China time. */
const openNeed = sql`(${sourcingNeeds.deadline} is null or ${sourcingNeeds.deadline} >= (now() at time zone 'Asia/Shanghai')::date)`;

/** Visible to others: approved and not deleted. Everything matching reads or shows passes this. */
export const visibleCompany = and(eq(companies.status, "approved"), isNull(companies.deletedAt))!;

/** Rows by company, without the companyId column they were grouped on. */
function group<T extends { companyId: string }>(rows: T[]): Map<string, Omit<T, "companyId">[]> {
  const map = new Map<string, Omit<T, "companyId">[]>();
  for (const { companyId, ...row } of rows) {
    const list = map.get(companyId);
    if (list) list.push(row);
    else map.set(companyId, [row]);
  }
  return map;
}

/**
 * Raw profiles of the visible companies among `ids` (all visible companies when omitted). With
 * `marketAccess: false` no market-access rule applies (the `match` CLI's fit-only ranking).
 */
export async function loadRawProfiles(db: Executor, ids?: readonly string[], options: { marketAccess?: boolean } = {}): Promise<RawProfile[]> {
  if (ids && ids.length === 0) return [];
  const scope: SQL = ids ? and(visibleCompany, inArray(companies.id, [...ids]))! : visibleCompany;
  const rows = await db
    .select({
      id: companies.id,
      ref: companies.ref,
      kind: companies.kind,
      name: companies.name,
      description: companies.description,
      languages: companies.languages,
      chamberId: companies.chamberId,
      targetChannels: companies.targetChannels,
      targetRegions: companies.targetRegions,
      hsCodes: companies.hsCodes,
      minOrderJpy: companies.minOrderJpy,
      region: companies.region,
    })
    .from(companies)
    .where(scope);
  if (rows.length === 0) return [];
  const [productRows, channelRows, needRows] = await Promise.all([
    db
      .select({
        companyId: products.companyId,
        ref: products.ref,
        name: products.name,
        description: products.description,
        hsCode: products.hsCode,
        inferredHsCode: products.inferredHsCode,
        priceMinJpy: products.priceMinJpy,
        priceMaxJpy: products.priceMaxJpy,
        moq: products.moq,
        keywords: products.keywords,
        originPrefecture: products.originPrefecture,
        mainIngredientOrigin: products.mainIngredientOrigin,
        exportGateway: products.exportGateway,
        accessAttributes: products.accessAttributes,
        certifications: products.certifications,
      })
      .from(products)
      .innerJoin(companies, eq(companies.id, products.companyId))
      // Unpublished (moderated) products are not offered, so they don't match either.
      .where(and(scope, eq(products.published, true)))
      .orderBy(asc(products.companyId), asc(products.position), asc(products.ref)),
    db
      .select({ companyId: salesChannels.companyId, type: salesChannels.type, regions: salesChannels.regions, description: salesChannels.description })
      .from(salesChannels)
      .innerJoin(companies, eq(companies.id, salesChannels.companyId))
      .where(scope)
      .orderBy(asc(salesChannels.companyId), asc(salesChannels.position)),
    db
      .select({
        companyId: sourcingNeeds.companyId,
        ref: sourcingNeeds.ref,
        description: sourcingNeeds.description,
        hsCode: sourcingNeeds.hsCode,
        inferredHsCode: sourcingNeeds.inferredHsCode,
        priceMinJpy: sourcingNeeds.priceMinJpy,
        priceMaxJpy: sourcingNeeds.priceMaxJpy,
      })
      .from(sourcingNeeds)
      .innerJoin(companies, eq(companies.id, sourcingNeeds.companyId))
      .where(and(scope, openNeed))
      .orderBy(asc(sourcingNeeds.companyId), asc(sourcingNeeds.position), asc(sourcingNeeds.ref)),
  ]);
  const byProduct = group(productRows);
  const byChannel = group(channelRows);
  const byNeed = group(needRows);
  const rules = options.marketAccess === false ? [] : await currentRules(db);
  const day = today();
  return rows.map(({ region, ...c }) => ({
    ...c,
    access:
      c.kind === "sme"
        ? summarize(
            (byProduct.get(c.id) ?? []).map((p): ProductAccess =>
              evaluateProduct(
                rules,
                {
                  hsCode: p.hsCode ?? p.inferredHsCode,
                  originPrefecture: p.originPrefecture,
                  companyRegion: region,
                  mainIngredientOrigin: p.mainIngredientOrigin,
                  exportGateway: p.exportGateway,
                  attributes: p.accessAttributes,
                  certifications: p.certifications,
                },
                day,
              ),
            ),
          )
        : null,
    products: byProduct.get(c.id) ?? [],
    channels: byChannel.get(c.id) ?? [],
    needs: byNeed.get(c.id) ?? [],
  }));
}
