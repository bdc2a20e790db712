import "server-only";
import { and, inArray, sql } from "drizzle-orm";
import { bulkInsert } from "@/db/bulk";
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

/**
 * Replaces the products, needs and channels of the imported companies with the file's. `updated`
 * holds the ids of companies that existed before; new ones have nothing to remove.
 */
export async function writeCatalog(tx: Transaction, list: ExchangeCompany[], ids: Map<string, string>, updated: Set<string>) {
  const productRows = list.flatMap((c) => (c.products ?? []).map((p, i) => productRow(ids.get(c.ref)!, p, i)));
  const needRows = list.flatMap((c) => (c.needs ?? []).map((n, i) => needRow(ids.get(c.ref)!, n, i)));
  const channelRows = list.flatMap((c) => (c.channels ?? []).map((ch, i) => channelRow(ids.get(c.ref)!, ch, i)));

  const again = list.filter((c) => updated.has(ids.get(c.ref)!));
  if (again.length > 0) {
    const updatedIds = again.map((c) => ids.get(c.ref)!);
    // One statement per table for the whole batch: the refs that stay travel as one JSON parameter
    // ("<company id> <ref>"; refs hold no spaces), however many there are.
    const staying = (items: (c: ExchangeCompany) => { ref: string }[] | undefined) =>
      JSON.stringify(again.flatMap((c) => (items(c) ?? []).map((item) => `${ids.get(c.ref)!} ${item.ref}`)));
    const dropped = (table: typeof products | typeof sourcingNeeds, keep: string) =>
      and(
        inArray(table.companyId, updatedIds),
        sql`(${table.companyId}::text || ' ' || ${table.ref}) not in (select jsonb_array_elements_text(${keep}::jsonb))`,
      );
    await tx.delete(products).where(
      dropped(
        products,
        staying((c) => c.products),
      ),
    );
    await tx.delete(sourcingNeeds).where(
      dropped(
        sourcingNeeds,
        staying((c) => c.needs),
      ),
    );
    await tx.delete(salesChannels).where(inArray(salesChannels.companyId, updatedIds));
  }

  // Upserts keep the row (its id, images, moderation state) and replace what the file describes.
  await bulkInsert(tx, products, productRows, {
    onConflict: {
      target: [products.companyId, products.ref],
      update: [
        products.name,
        products.description,
        products.hsCode,
        products.inferredHsCode,
        products.priceMinJpy,
        products.priceMaxJpy,
        products.moq,
        products.leadTimeDays,
        products.keywords,
        products.certifications,
        products.position,
      ],
      touch: [products.updatedAt],
    },
  });
  await bulkInsert(tx, sourcingNeeds, needRows, {
    onConflict: {
      target: [sourcingNeeds.companyId, sourcingNeeds.ref],
      update: [
        sourcingNeeds.description,
        sourcingNeeds.hsCode,
        sourcingNeeds.inferredHsCode,
        sourcingNeeds.priceMinJpy,
        sourcingNeeds.priceMaxJpy,
        sourcingNeeds.volume,
        sourcingNeeds.position,
      ],
      touch: [sourcingNeeds.updatedAt],
    },
  });
  await bulkInsert(tx, salesChannels, channelRows);
  return { products: productRows.length, channels: channelRows.length, needs: needRows.length };
}
