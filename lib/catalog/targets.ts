import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies } from "@/db/schema";
import type { TargetsInput } from "./company-schemas";
import { companyChanged } from "@/lib/companies/changed";

/** An SME's target channels and regions in China, kept on its company row. */
export async function updateTargets(companyId: string, input: TargetsInput): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(companies)
      .set({ targetChannels: input.targetChannels, targetRegions: input.targetRegions })
      .where(and(eq(companies.id, companyId), eq(companies.kind, "sme")));
    await companyChanged(tx, companyId);
  });
}
