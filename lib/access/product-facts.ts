import "server-only";
// The facts an SME gives about a product for the market-access check, and the check of one of
// its own products as its product page shows it.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { products } from "@/db/schema";
import { CatalogError } from "@/lib/catalog/errors";
import { companyChanged } from "@/lib/companies/changed";
import { regionsOf } from "@/lib/geo/regions";
import { evaluateProduct, today, type ProductAccess } from "./evaluate";
import { ownProductFacts, type FactsRow } from "./facts";
import { currentRules } from "./rules";
import { accessAttributes, gatewayCodes } from "./routes";

const prefectures = regionsOf("JP").map((r) => r.code);
const blank = (v: unknown) => (v === "" ? undefined : v);
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const accessFactsSchema = z.object({
  productId: z.uuid({ error: "invalid" }),
  originPrefecture: z.preprocess(blank, z.enum(prefectures as [string, ...string[]], { error: "access.facts.invalid" }).optional()),
  mainIngredientOrigin: z.preprocess(blank, z.enum(["foreign", ...prefectures], { error: "access.facts.invalid" }).optional()),
  exportGateway: z.preprocess(blank, z.enum(gatewayCodes as [string, ...string[]], { error: "access.facts.invalid" }).optional()),
  accessAttributes: z.preprocess(list, z.array(z.enum(accessAttributes, { error: "access.facts.invalid" }))),
});
export type AccessFactsInput = z.output<typeof accessFactsSchema>;

/** Saves the facts of one of the company's own products (another company's id finds nothing) and queues its matches. */
export async function saveAccessFacts(companyId: string, input: AccessFactsInput): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(products)
      .set({
        originPrefecture: input.originPrefecture ?? null,
        mainIngredientOrigin: input.mainIngredientOrigin ?? null,
        exportGateway: input.exportGateway ?? null,
        accessAttributes: [...new Set(input.accessAttributes)],
      })
      .where(and(eq(products.id, input.productId), eq(products.companyId, companyId)))
      .returning({ id: products.id });
    if (!updated) throw new CatalogError("productNotFound");
    await companyChanged(tx, companyId);
  });
}

/** One of the company's own products with its check on every route, or undefined for another company's. */
export async function ownProductAccess(companyId: string, productId: string): Promise<{ facts: FactsRow; access: ProductAccess } | undefined> {
  const db = await getDb();
  const facts = await ownProductFacts(db, companyId, productId);
  if (!facts) return undefined;
  return { facts, access: evaluateProduct(await currentRules(db), facts, today()) };
}
