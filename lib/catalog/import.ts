import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { products, type NewProduct } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { companyChanged } from "@/lib/companies/changed";
import { productValues } from "./products";
import { newRefs } from "./refs";
import type { ProductInput } from "./schemas";

const CHUNK = 250;

/**
 * Writes a validated CSV's products in one transaction: every row or none. The import is
 * recorded in the audit log with the same transaction, and matching is queued once.
 */
export async function importProducts(companyId: string, actorId: string, rows: ProductInput[]): Promise<number> {
  const values = rows.map((row) => productValues(row));
  const db = await getDb();
  return db.transaction(async (tx) => {
    const taken = await tx.select({ ref: products.ref }).from(products).where(eq(products.companyId, companyId));
    const refs = newRefs(
      "P",
      values.length,
      taken.map((t) => t.ref),
    );
    const all: NewProduct[] = values.map((v, i) => ({ ...v, companyId, ref: refs[i]!, published: true, position: i }));
    for (let i = 0; i < all.length; i += CHUNK) await tx.insert(products).values(all.slice(i, i + CHUNK));
    await recordAudit(tx, {
      actorId,
      companyId,
      entity: "import",
      action: "import",
      after: { kind: "products_csv", count: all.length, refs },
    });
    await companyChanged(tx, companyId);
    return all.length;
  });
}
