import "server-only";
import { and, count, eq, gte, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chambers, dealStages, inquiries, type DealStage, type User } from "@/db/schema";
import type { Localized } from "@/db/schema/localized";
import { PublicError } from "@/lib/errors";
import { SME_ZONE, utcToZonedLocal, zonedLocalToUtc } from "./zones";

export type DealStats = { byStage: Record<DealStage, number>; total: number; signedThisYear: number; year: number };

/** The deals an admin oversees: their chamber's (chamber admins) or all of them (platform admins). */
export function dealScope(admin: Pick<User, "role" | "chamberId">): SQL | undefined {
  if (admin.role === "platform_admin") return undefined;
  if (admin.role === "chamber_admin") return admin.chamberId ? eq(inquiries.chamberId, admin.chamberId) : sql`false`;
  throw new PublicError("forbidden");
}

/**
 * Deals per stage for the admin's chamber, and agreements signed since 1 January in Japan (the
 * chambers are Japanese and report by the Japanese calendar year).
 */
export async function adminChamberName(admin: Pick<User, "chamberId">): Promise<Localized | null> {
  if (!admin.chamberId) return null;
  const db = await getDb();
  const [row] = await db.select({ name: chambers.name }).from(chambers).where(eq(chambers.id, admin.chamberId));
  return row?.name ?? null;
}

export async function chamberDealStats(admin: Pick<User, "role" | "chamberId">, now = new Date()): Promise<DealStats> {
  const scope = dealScope(admin);
  const year = Number(utcToZonedLocal(now, SME_ZONE).slice(0, 4));
  const yearStart = zonedLocalToUtc(`${year}-01-01T00:00`, SME_ZONE)!;
  const db = await getDb();
  const [rows, [signed]] = await Promise.all([
    db.select({ stage: inquiries.stage, n: count() }).from(inquiries).where(scope).groupBy(inquiries.stage),
    db
      .select({ n: count() })
      .from(inquiries)
      .where(and(scope, eq(inquiries.stage, "signed"), gte(inquiries.signedAt, yearStart))),
  ]);
  const byStage = Object.fromEntries(dealStages.map((s) => [s, 0])) as Record<DealStage, number>;
  for (const row of rows) byStage[row.stage] = Number(row.n);
  const total = Object.values(byStage).reduce((a, b) => a + b, 0);
  return { byStage, total, signedThisYear: Number(signed?.n ?? 0), year };
}
