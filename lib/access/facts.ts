import "server-only";
// Loads what the check reads about products (their facts and their company's prefecture) and
// about distributors (their channel types), for a page of cards in a few statements.
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { companies, products, salesChannels, type Localized } from "@/db/schema";
import type { ProductFacts } from "./evaluate";

export type FactsRow = ProductFacts & { id: string; companyId: string; name: Localized; ref: string };

const factColumns = {
  id: products.id,
  companyId: products.companyId,
  ref: products.ref,
  name: products.name,
  hsCode: products.hsCode,
  inferredHsCode: products.inferredHsCode,
  originPrefecture: products.originPrefecture,
  mainIngredientOrigin: products.mainIngredientOrigin,
  exportGateway: products.exportGateway,
  attributes: products.accessAttributes,
  certifications: products.certifications,
  companyRegion: companies.region,
};

type Row = Omit<FactsRow, "hsCode"> & { hsCode: string | null; inferredHsCode: string | null };

const toFacts = ({ inferredHsCode, ...r }: Row): FactsRow => ({ ...r, hsCode: r.hsCode ?? inferredHsCode });

/** The published products of these companies, with their facts. */
export async function productFactsOf(db: Executor, companyIds: readonly string[]): Promise<FactsRow[]> {
  if (companyIds.length === 0) return [];
  const rows = await db
    .select(factColumns)
    .from(products)
    .innerJoin(companies, eq(companies.id, products.companyId))
    .where(and(inArray(products.companyId, [...companyIds]), eq(products.published, true)))
    .orderBy(products.position, products.ref);
  return rows.map(toFacts);
}

/** One product of one company (a forged id, or another company's, finds nothing). */
export async function ownProductFacts(db: Executor, companyId: string, productId: string): Promise<FactsRow | undefined> {
  const [row] = await db
    .select(factColumns)
    .from(products)
    .innerJoin(companies, eq(companies.id, products.companyId))
    .where(and(eq(products.id, productId), eq(products.companyId, companyId)));
  return row ? toFacts(row) : undefined;
}

export async function channelTypesOf(db: Executor, companyIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (companyIds.length === 0) return out;
  const rows = await db
    .select({ companyId: salesChannels.companyId, type: salesChannels.type })
    .from(salesChannels)
    .where(inArray(salesChannels.companyId, [...companyIds]))
    .orderBy(salesChannels.position);
  for (const r of rows) out.set(r.companyId, [...(out.get(r.companyId) ?? []), r.type]);
  return out;
}
