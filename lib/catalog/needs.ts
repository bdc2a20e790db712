import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sourcingNeeds, type SourcingNeed } from "@/db/schema";
import type { NeedInput } from "./company-schemas";
import { CatalogError } from "./errors";
import { localized } from "./fields";
import { resolveHs } from "./hs";
import { companyChanged } from "@/lib/companies/changed";
import { newRef } from "./refs";

function needValues(input: NeedInput) {
  return {
    description: localized(input.descriptionJa, input.descriptionZh, input.descriptionEn),
    ...resolveHs(input.hsCode, [input.descriptionJa, input.descriptionZh, input.descriptionEn]),
    priceMinJpy: input.priceMinJpy ?? null,
    priceMaxJpy: input.priceMaxJpy ?? null,
    volume: input.volume ?? null,
    quantityPerDelivery: input.quantityPerDelivery ?? null,
    deadline: input.deadline ?? null,
    // A deadline moved into the future brings the need back into search and matches.
    expiredAt: null,
  };
}

const own = (companyId: string, needId: string) => and(eq(sourcingNeeds.companyId, companyId), eq(sourcingNeeds.id, needId));

export async function listNeeds(companyId: string): Promise<SourcingNeed[]> {
  const db = await getDb();
  return db.select().from(sourcingNeeds).where(eq(sourcingNeeds.companyId, companyId)).orderBy(asc(sourcingNeeds.position), asc(sourcingNeeds.createdAt));
}

export async function createNeed(companyId: string, input: NeedInput): Promise<SourcingNeed> {
  const values = needValues(input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sourcingNeeds)
      .values({ companyId, ref: newRef("N"), ...values })
      .returning();
    await companyChanged(tx, companyId);
    return row!;
  });
}

export async function updateNeed(companyId: string, needId: string, input: NeedInput): Promise<void> {
  const values = needValues(input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx.update(sourcingNeeds).set(values).where(own(companyId, needId)).returning({ id: sourcingNeeds.id });
    if (!row) throw new CatalogError("needNotFound");
    await companyChanged(tx, companyId);
  });
}

export async function deleteNeed(companyId: string, needId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(sourcingNeeds).where(own(companyId, needId)).returning({ id: sourcingNeeds.id });
    if (!row) throw new CatalogError("needNotFound");
    await companyChanged(tx, companyId);
  });
}
