import "server-only";
// The search filter "importable through my channels": the published SME products that China lets
// in through none of the distributor's channels, to leave out of its results.
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, products } from "@/db/schema";
import { channelResult, evaluateProduct, today } from "./evaluate";
import { channelTypesOf } from "./facts";
import { currentRules } from "./rules";

/** Ids of the products blocked on every channel of `distributorId` (general trade when it lists none). */
export async function productsNotImportable(distributorId: string): Promise<string[]> {
  const db = await getDb();
  const [rules, channels] = await Promise.all([currentRules(db), channelTypesOf(db, [distributorId])]);
  const types = channels.get(distributorId) ?? ["wholesale"];
  const rows = await db
    .select({
      id: products.id,
      hsCode: products.hsCode,
      inferredHsCode: products.inferredHsCode,
      originPrefecture: products.originPrefecture,
      mainIngredientOrigin: products.mainIngredientOrigin,
      exportGateway: products.exportGateway,
      attributes: products.accessAttributes,
      certifications: products.certifications,
      companyRegion: companies.region,
    })
    .from(products)
    .innerJoin(companies, eq(companies.id, products.companyId))
    .where(and(eq(products.published, true), eq(companies.kind, "sme"), eq(companies.status, "approved"), isNull(companies.deletedAt)));
  const day = today();
  return rows
    .filter(({ inferredHsCode, ...p }) => {
      const access = evaluateProduct(rules, { ...p, hsCode: p.hsCode ?? inferredHsCode }, day);
      return types.every((type) => channelResult(access, type).outcome === "block");
    })
    .map((p) => p.id);
}
