import "server-only";
// "Blocked, and why": the distributors an SME would match on goods and channels but cannot sell
// to, because China does not let its goods in by any route they share. Scored on request from the
// in-memory profiles (lib/matching/profile-cache.ts), so nothing is stored for pairs that are no match.
import { and, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, type CompanyKind, type Localized } from "@/db/schema";
import { pairAccess } from "@/lib/access/summary";
import { visibleCompany } from "./load";
import { profileCacheFor } from "./profile-cache";
import { scoreAgainst } from "./rank";
import type { MatchReason, ScoredPair } from "./types";

export type BlockedCard = {
  smeId: string;
  distributorId: string;
  other: { id: string; ref: string; name: Localized; region: string; kind: CompanyKind; languages: string[] };
  score: number;
  reasons: MatchReason[];
};

/** The SME's best blocked partners, as cards (`smeId` must come from the viewer's membership). */
export async function blockedPartners(smeId: string, limit = 10): Promise<BlockedCard[]> {
  const pairs = await blockedPairs(smeId, limit);
  if (pairs.length === 0) return [];
  const db = await getDb();
  const rows = await db
    .select({ id: companies.id, ref: companies.ref, name: companies.name, region: companies.region, kind: companies.kind, languages: companies.languages })
    .from(companies)
    .where(
      and(
        visibleCompany,
        inArray(
          companies.id,
          pairs.map((p) => p.distributorId),
        ),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return pairs.flatMap((p) => {
    const other = byId.get(p.distributorId);
    return other ? [{ smeId: p.smeId, distributorId: p.distributorId, other, score: p.score, reasons: p.reasons }] : [];
  });
}

async function blockedPairs(smeId: string, limit: number): Promise<ScoredPair[]> {
  const db = await getDb();
  const cache = profileCacheFor(db);
  await cache.sync(db);
  const distributors = cache.side("distributor");
  const sme = cache.side("sme").find((p) => p.f.id === smeId)?.f;
  if (!sme?.access || !Object.values(sme.access).some((r) => r.o === "block")) return [];
  const byId = new Map(distributors.map((d) => [d.f.id, d.f]));
  // Scored as if its goods could go anywhere, then kept only where the check blocks every shared route.
  const unchecked = scoreAgainst({ ...sme, access: null }, distributors, cache.corpus, { index: cache.distributorIndex() });
  return unchecked
    .filter((p) => {
      const dist = byId.get(p.distributorId);
      return dist !== undefined && pairAccess(sme.access, dist.channels, sme.targetChannels).o === "block";
    })
    .slice(0, limit);
}
