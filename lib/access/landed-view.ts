import "server-only";
// The landed price as a match card shows it: the SME's first priced product with a tariff line,
// per route the distributor sells by, with and without a RCEP certificate, against the
// distributor's target price band, every assumption with its date.
import { and, eq, inArray, isNotNull, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { products, sourcingNeeds, type LandedAssumption, type Localized, type TariffRate } from "@/db/schema";
import { routesOfChannel } from "./routes";
import { landedPrice, yenToFen, type Landed } from "./landed";
import { assumptionsFor, listAssumptions, tariffFor } from "./landed-data";
import { channelTypesOf } from "./facts";

export type LandedRoute = { route: "GT" | "CBEC"; mfn: Landed; rcep: Landed | null; used: LandedAssumption[] };
export type LandedView = {
  product: Localized;
  exWorksJpy: number;
  tariff: TariffRate;
  routes: LandedRoute[];
  /** The distributor's target band for its first priced need, in fen at the same exchange rate. */
  bandFen: { min: number | null; max: number | null } | null;
};

export async function landedForPairs(
  pairs: readonly { smeId: string; distributorId: string }[],
  year = new Date().getUTCFullYear(),
): Promise<Map<string, LandedView>> {
  const out = new Map<string, LandedView>();
  if (pairs.length === 0) return out;
  const db = await getDb();
  const smeIds = [...new Set(pairs.map((p) => p.smeId))];
  const distIds = [...new Set(pairs.map((p) => p.distributorId))];
  const [rows, channels, needs, assumptions] = await Promise.all([
    db
      .select({
        companyId: products.companyId,
        name: products.name,
        hs: products.hsCode,
        inferred: products.inferredHsCode,
        min: products.priceMinJpy,
        max: products.priceMaxJpy,
        gateway: products.exportGateway,
      })
      .from(products)
      .where(and(inArray(products.companyId, smeIds), eq(products.published, true), or(isNotNull(products.priceMinJpy), isNotNull(products.priceMaxJpy))))
      .orderBy(products.position, products.ref),
    channelTypesOf(db, distIds),
    db
      .select({ companyId: sourcingNeeds.companyId, min: sourcingNeeds.priceMinJpy, max: sourcingNeeds.priceMaxJpy })
      .from(sourcingNeeds)
      .where(and(inArray(sourcingNeeds.companyId, distIds), or(isNotNull(sourcingNeeds.priceMinJpy), isNotNull(sourcingNeeds.priceMaxJpy))))
      .orderBy(sourcingNeeds.position),
    listAssumptions(db),
  ]);
  const productOf = new Map<string, { name: Localized; exWorksJpy: number; tariff: TariffRate; gateway: string | null }>();
  for (const sme of smeIds) {
    for (const p of rows.filter((r) => r.companyId === sme)) {
      const code = p.hs ?? p.inferred;
      const tariff = code ? await tariffFor(code, year, db) : undefined;
      if (!tariff) continue;
      productOf.set(sme, { name: p.name, exWorksJpy: (p.min ?? p.max)!, tariff, gateway: p.gateway });
      break;
    }
  }
  for (const pair of pairs) {
    const p = productOf.get(pair.smeId);
    if (!p) continue;
    const types = channels.get(pair.distributorId) ?? ["wholesale"];
    const routes = [...new Set(types.flatMap(routesOfChannel).filter((r): r is "GT" | "CBEC" => r !== "TMP"))];
    const landed = routes.map((route): LandedRoute => {
      const { values, used } = assumptionsFor(assumptions, route, p.gateway);
      const input = { exWorksJpy: p.exWorksJpy, route, rates: p.tariff, assumptions: values };
      const mfn = landedPrice({ ...input, rcep: false });
      const rcep = route === "GT" ? landedPrice({ ...input, rcep: true }) : null;
      return { route, mfn, rcep: rcep && rcep.dutyBasis === "rcep" ? rcep : null, used };
    });
    const need = needs.find((n) => n.companyId === pair.distributorId);
    const fx = assumptionsFor(assumptions, "GT", null).values.fxYenPer100Cny;
    out.set(`${pair.smeId}:${pair.distributorId}`, {
      product: p.name,
      exWorksJpy: p.exWorksJpy,
      tariff: p.tariff,
      routes: landed,
      bandFen: need ? { min: need.min === null ? null : yenToFen(need.min, fx), max: need.max === null ? null : yenToFen(need.max, fx) } : null,
    });
  }
  return out;
}
