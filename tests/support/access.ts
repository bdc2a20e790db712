// The market-access reference data migration 0023 inserts, put back after withTestDatabase()
// empties every table.
import { getDb } from "@/db/client";
import { accessRules, landedAssumptions, tariffRates } from "@/db/schema";
import { asStoredRule, researchRules } from "@/lib/access/research-rules";
import { researchAssumptions, researchTariffs } from "@/lib/access/research-tariffs";

export async function seedMarketAccess(): Promise<void> {
  const db = await getDb();
  await db.insert(accessRules).values(researchRules.map(asStoredRule));
  await db.insert(tariffRates).values(researchTariffs);
  await db.insert(landedAssumptions).values(researchAssumptions.map((a) => ({ ...a, asOf: "2026-12-07" })));
}
