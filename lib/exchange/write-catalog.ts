import "server-only";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Transaction } from "@/db/client";
import { products, salesChannels, sourcingNeeds } from "@/db/schema";
import { channelRow, needRow, productRow } from "./rows";
import type { ExchangeCompany } from "./schema";

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for our widest table. */
const BATCH = 500;

export function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

const excluded = (column: PgColumn) => sql.raw(`excluded."${column.name}"`);

/**
 * Replaces the products, needs and channels of the imported companies with the file's. `updated`
 * holds the ids of companies that existed before; new ones have nothing to remove.
 */
export async function writeCatalog(tx: Transaction, list: ExchangeCompany[], ids: Map<string, string>, updated: Set<string>) {
  const productRows = list.flatMap((c) => (c.products ?? []).map((p, i) => productRow(ids.get(c.ref)!, p, i)));
  const needRows = list.flatMap((c) => (c.needs ?? []).map((n, i) => needRow(ids.get(c.ref)!, n, i)));
  const channelRows = list.flatMap((c) => (c.channels ?? []).map((ch, i) => channelRow(ids.get(c.ref)!, ch, i)));

  for (const c of list) {
    const companyId = ids.get(c.ref)!;
    if (!updated.has(companyId)) continue;
    const keepProducts = (c.products ?? []).map((p) => p.ref);
    const keepNeeds = (c.needs ?? []).map((n) => n.ref);
    await tx
      .delete(products)
      .where(and(eq(products.companyId, companyId), keepProducts.length ? notInArray(products.ref, keepProducts) : undefined));
    await tx
      .delete(sourcingNeeds)
      .where(and(eq(sourcingNeeds.companyId, companyId), keepNeeds.length ? notInArray(sourcingNeeds.ref, keepNeeds) : undefined));
  }
  if (updated.size > 0) await tx.delete(salesChannels).where(inArray(salesChannels.companyId, [...updated]));

  // Upserts keep the row (its id, images, moderation state) and replace what the file describes.
  for (const batch of chunks(productRows)) {
    await tx
      .insert(products)
      .values(batch)
      .onConflictDoUpdate({
        target: [products.companyId, products.ref],
        set: {
          name: excluded(products.name),
          description: excluded(products.description),
          hsCode: excluded(products.hsCode),
          inferredHsCode: excluded(products.inferredHsCode),
          priceMinJpy: excluded(products.priceMinJpy),
          priceMaxJpy: excluded(products.priceMaxJpy),
          moq: excluded(products.moq),
          leadTimeDays: excluded(products.leadTimeDays),
          keywords: excluded(products.keywords),
          certifications: excluded(products.certifications),
          position: excluded(products.position),
          updatedAt: sql`now()`,
        },
      });
  }
  for (const batch of chunks(needRows)) {
    await tx
      .insert(sourcingNeeds)
      .values(batch)
      .onConflictDoUpdate({
        target: [sourcingNeeds.companyId, sourcingNeeds.ref],
        set: {
          description: excluded(sourcingNeeds.description),
          hsCode: excluded(sourcingNeeds.hsCode),
          inferredHsCode: excluded(sourcingNeeds.inferredHsCode),
          priceMinJpy: excluded(sourcingNeeds.priceMinJpy),
          priceMaxJpy: excluded(sourcingNeeds.priceMaxJpy),
          volume: excluded(sourcingNeeds.volume),
          position: excluded(sourcingNeeds.position),
          updatedAt: sql`now()`,
        },
      });
  }
  for (const batch of chunks(channelRows)) await tx.insert(salesChannels).values(batch);
  return { products: productRows.length, channels: channelRows.length, needs: needRows.length };
}
