import "server-only";
import { randomUUID } from "node:crypto";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { companies, products, salesChannels, searchCards, searchFacetSets, searchItems, sourcingNeeds, type NewSearchCard, type NewSearchItem } from "@/db/schema";
import { buildSearchRows, type SearchRowDraft } from "./document";
import { FacetSets } from "./facet-sets";
import { storeWords } from "./words";

// A PostgreSQL statement takes at most 65535 parameters; a row has about 28.
const insertBatch = 1000;

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
    await executor.insert(searchFacetSets).values(sets.all()).onConflictDoNothing();
    await storeWords(executor, items.flatMap((r) => r.tokens ?? []));
    await executor.insert(searchItems).values(items);
    await executor.insert(searchCards).values(cards);
  }
}

/**
 * Rebuilds one company's search rows (itself, its products, its needs). Call it with the same
 * transaction as the change, so search never shows a half-applied edit. A missing company just
 * loses its rows.
 */
export async function reindexCompany(executor: Executor, companyId: string): Promise<void> {
  await executor.delete(searchItems).where(eq(searchItems.companyId, companyId));
  const [company] = await executor.select().from(companies).where(eq(companies.id, companyId)).limit(1);
  if (!company) return;
  const [productRows, channels, needs] = await Promise.all([
    executor.select().from(products).where(eq(products.companyId, companyId)),
    executor.select().from(salesChannels).where(eq(salesChannels.companyId, companyId)),
    executor.select().from(sourcingNeeds).where(eq(sourcingNeeds.companyId, companyId)),
  ]);
  await insertSearchRows(executor, buildSearchRows({ company, products: productRows, channels, needs }));
}

const companyBatch = 500;

/** Rebuilds the whole search table in one transaction (after a bulk import or a deploy). */
export async function reindexAll(executor?: Executor): Promise<{ companies: number; rows: number }> {
  const db = executor ?? (await getDb());
  return db.transaction(async (tx) => {
    // Cards first: deleting them through search_items' cascade would take one lookup per row.
    await tx.delete(searchCards);
    await tx.delete(searchItems);
    const all = await tx.select().from(companies).orderBy(asc(companies.id));
    let rows = 0;
    for (let i = 0; i < all.length; i += companyBatch) {
      const batch = all.slice(i, i + companyBatch);
      const ids = batch.map((c) => c.id);
      const [productRows, channels, needs] = await Promise.all([
        tx.select().from(products).where(inArray(products.companyId, ids)),
        tx.select().from(salesChannels).where(inArray(salesChannels.companyId, ids)),
        tx.select().from(sourcingNeeds).where(inArray(sourcingNeeds.companyId, ids)),
      ]);
      const built = batch.flatMap((company) =>
        buildSearchRows({
          company,
          products: productRows.filter((p) => p.companyId === company.id),
          channels: channels.filter((c) => c.companyId === company.id),
          needs: needs.filter((n) => n.companyId === company.id),
        }),
      );
      await insertSearchRows(tx, built);
      rows += built.length;
    }
    return { companies: all.length, rows };
  });
}

/**
 * Builds the search table when it is empty but companies exist: a database migrated to the
 * search table, or seeded or imported before search existed. Cheap to call at every start.
 */
export async function ensureSearchIndex(executor?: Executor): Promise<boolean> {
  const db = executor ?? (await getDb());
  const [row] = await db.select({ indexed: sql<boolean>`exists (select 1 from search_items)`, companies: sql<boolean>`exists (select 1 from companies)` }).from(sql`(select 1) as one`);
  if (row?.indexed || !row?.companies) return false;
  await reindexAll(db);
  return true;
}
