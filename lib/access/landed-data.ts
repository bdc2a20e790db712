import "server-only";
// The landed price's inputs from the database: tariff lines by HS and year, and the assumptions
// platform admins keep (each change audited).
import { and, desc, eq, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { landedAssumptions, tariffRates, type LandedAssumption, type TariffRate, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { PublicError } from "@/lib/errors";
import type { Assumptions } from "./landed";

export async function listAssumptions(db?: Executor): Promise<LandedAssumption[]> {
  return (db ?? (await getDb())).select().from(landedAssumptions).orderBy(landedAssumptions.key);
}

/** The figures for a route (and gateway, when it has its own freight figure). */
export function assumptionsFor(
  rows: readonly LandedAssumption[],
  route: "GT" | "CBEC",
  gateway: string | null,
): { values: Assumptions; used: LandedAssumption[] } {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const pick = (...keys: string[]) => keys.map((k) => byKey.get(k)).find((r) => r !== undefined);
  const used = [
    pick("fx"),
    pick(...(gateway ? [`freight:${route}:${gateway}`] : []), `freight:${route}`),
    pick("insurance"),
    pick(`margin:${route}`),
    ...(route === "CBEC" ? [pick("cbec-order-limit")] : []),
  ].filter((r): r is LandedAssumption => r !== undefined);
  const value = (prefix: string, fallback: number) => used.find((r) => r.key.startsWith(prefix))?.value ?? fallback;
  return {
    values: {
      fxYenPer100Cny: value("fx", 2100),
      freightBp: value("freight", 1500),
      insuranceBp: value("insurance", 30),
      marginBp: value("margin", 3000),
      cbecOrderLimitFen: byKey.get("cbec-order-limit")?.value ?? 500_000,
    },
    used,
  };
}

/** The most specific line for `hs` (8, 6 then 4 digits) in `year`, or the latest earlier year's. */
export async function tariffFor(hs: string, year: number, db?: Executor): Promise<TariffRate | undefined> {
  const executor = db ?? (await getDb());
  const prefixes = [hs.slice(0, 8), hs.slice(0, 6), hs.slice(0, 4)].filter((p, i, all) => p.length >= 4 && all.indexOf(p) === i);
  for (const prefix of prefixes) {
    const [row] = await executor
      .select()
      .from(tariffRates)
      .where(and(eq(tariffRates.hs, prefix), lte(tariffRates.year, year)))
      .orderBy(desc(tariffRates.year))
      .limit(1);
    if (row) return row;
  }
  return undefined;
}

export const assumptionSchema = z.object({
  key: z.string().regex(/^[a-z-]+(:[A-Z]+(:[a-z-]+)?)?$/, { error: "invalid" }),
  value: z.coerce
    .number({ error: "catalog.errors.notANumber" })
    .int({ error: "catalog.errors.notANumber" })
    .min(0, { error: "catalog.errors.negativeNumber" })
    .max(100_000_000, { error: "catalog.errors.numberTooBig" }),
});

/** A platform admin changes one figure; it is dated today and audited with its old value. */
export async function saveAssumption(admin: Pick<User, "id" | "role" | "chamberId">, input: z.output<typeof assumptionSchema>): Promise<void> {
  if (admin.role !== "platform_admin") throw new PublicError("forbidden");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(landedAssumptions).where(eq(landedAssumptions.key, input.key)).for("update");
    if (!before) throw new PublicError("notFound");
    await tx
      .update(landedAssumptions)
      .set({ value: input.value, asOf: sql`current_date`, updatedBy: admin.id })
      .where(eq(landedAssumptions.key, input.key));
    await recordAudit(tx, {
      actorId: admin.id,
      chamberId: admin.chamberId,
      entity: "landed_assumption",
      entityId: input.key,
      action: "update",
      before: { value: before.value, asOf: before.asOf },
      after: { value: input.value },
    });
  });
}
