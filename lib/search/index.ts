import "server-only";
import { randomUUID } from "node:crypto";
import { asc, inArray, sql } from "drizzle-orm";
import { bulkInsert } from "@/db/bulk";
import { getDb, type Executor } from "@/db/client";
import {
  companies,
  products,
  type Company,
  salesChannels,
  searchCards,
  searchFacetSets,
  searchItems,
  sourcingNeeds,
  type NewSearchCard,
  type NewSearchItem,
} from "@/db/schema";
import { needOpen } from "@/lib/quotations/dates";
import { buildSearchRows, type SearchRowDraft } from "./document";
import { FacetSets } from "./facet-sets";
import { storeWords } from "./words";

// Rows built and written together (each table's rows go as one JSON parameter, db/bulk.ts).
const insertBatch = 1000;
// Companies whose catalog is read and indexed together.
const companyBatch = 500;

/** Inserts search rows and their cards, with the facet sets and the words they bring that are not stored yet. */
export async function insertSearchRows(executor: Executor, drafts: SearchRowDraft[]): Promise<void> {
  for (let i = 0; i < drafts.length; i += insertBatch) {
    const sets = new FacetSets();
    const items: NewSearchItem[] = [];
    const cards: NewSearchCard[] = [];
    for (const { name, companyName, hsCode, region, text, hsChapters, ...item } of drafts.slice(i, i + insertBatch)) {
      const id = randomUUID();
      items.push({ ...item, id, ...sets.idsOf({ ...item, hsChapters }) });
      cards.push({ id, name, companyName, hsCode, region, text });
    }
    // One JSON parameter per table (db/bulk.ts): drizzle's multi-row INSERT cost more CPU than building the rows.
    await bulkInsert(executor, searchFacetSets, sets.all(), { onConflict: { nothing: true } });
    await storeWords(
      executor,
      items.flatMap((r) => r.tokens ?? []),
    );
    await bulkInsert(executor, searchItems, items);
    await bulkInsert(executor, searchCards, cards);
  }
}

/**
 * Rebuilds one company's search rows (itself, its products, its needs). Call it with the same
 * transaction as the change, so search never shows a half-applied edit. A missing company just
 * loses its rows.
 */
export async function reindexCompany(executor: Executor, companyId: string): Promise<void> {
  await reindexCompanies(executor, [companyId]);
}

/** `reindexCompany` for many companies at once: a few statements per batch, not per company. */
export async function reindexCompanies(executor: Executor, companyIds: string[]): Promise<number> {
  let rows = 0;
  for (let i = 0; i < companyIds.length; i += companyBatch) {
    const ids = companyIds.slice(i, i + companyBatch);
    await executor.delete(searchItems).where(inArray(searchItems.companyId, ids));
    const batch = await executor.select().from(companies).where(inArray(companies.id, ids));
    rows += await indexBatch(executor, batch);
  }
  return rows;
}

/** Builds and inserts the search rows of `batch` with three catalog reads, whatever its size. */
async function indexBatch(executor: Executor, batch: Company[]): Promise<number> {
  if (batch.length === 0) return 0;
  const ids = batch.map((c) => c.id);
  const [productRows, channels, needs] = await Promise.all([
    executor.select().from(products).where(inArray(products.companyId, ids)),
    executor.select().from(salesChannels).where(inArray(salesChannels.companyId, ids)),
    executor.select().from(sourcingNeeds).where(inArray(sourcingNeeds.companyId, ids)),
  ]);
  const productsOf = byCompany(productRows);
  const channelsOf = byCompany(channels);
  // Needs past their deadline leave search (the samples job reindexes their company once they expire).
  const needsOf = byCompany(needs.filter((n) => needOpen(n.deadline)));
  const built = batch.flatMap((company) =>
    buildSearchRows({
      company,
      products: productsOf.get(company.id) ?? [],
      channels: channelsOf.get(company.id) ?? [],
      needs: needsOf.get(company.id) ?? [],
    }),
  );
  await insertSearchRows(executor, built);
  return built.length;
}

function byCompany<T extends { companyId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.companyId);
    if (list) list.push(row);
    else map.set(row.companyId, [row]);
  }
  return map;
}

/** Rebuilds the whole search table in one transaction (after a bulk import or a deploy). */
export async function reindexAll(executor?: Executor): Promise<{ companies: number; rows: number }> {
  const db = executor ?? (await getDb());
  return db.transaction(async (tx) => {
    // Cards first: deleting them through search_items' cascade would take one lookup per row.
    await tx.delete(searchCards);
    await tx.delete(searchItems);
    const all = await tx.select().from(companies).orderBy(asc(companies.id));
    let rows = 0;
    for (let i = 0; i < all.length; i += companyBatch) rows += await indexBatch(tx, all.slice(i, i + companyBatch));
    return { companies: all.length, rows };
  });
}

/**
 * Builds the search table when it is empty but companies exist: a database migrated to the
 * search table, or seeded or imported before search existed. Cheap to call at every start.
 */
export async function ensureSearchIndex(executor?: Executor): Promise<boolean> {
  const db = executor ?? (await getDb());
  const [row] = await db
    .select({ indexed: sql<boolean>`exists (select 1 from search_items)`, companies: sql<boolean>`exists (select 1 from companies)` })
    .from(sql`(select 1) as one`);
  if (row?.indexed || !row?.companies) return false;
  await reindexAll(db);
  return true;
}
