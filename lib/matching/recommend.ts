import "server-only";
// Chamber recommendations: a chamber vouches for a pair involving one of its own members.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { chambers, companies, companyMembers, matchRecommendations, type CompanyKind, type Localized, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { nameParam } from "@/lib/notifications/types";
import { rowsOf } from "./db-rows";
import type { MatchReason } from "./types";

type Admin = Pick<User, "id" | "role" | "chamberId">;

/** A note is read on both companies' cards and in their notifications: a sentence or two. */
export const RECOMMENDATION_NOTE_MAX = 500;

/**
 * Records "<chamber> recommends this pair". A chamber admin may only do so when the SME or the
 * distributor is a member of the admin's own chamber; a platform admin may recommend any pair, in
 * the name of their chamber or else of the SME's (or distributor's) chamber. A new recommendation
 * notifies both companies' members in the same transaction; recommending again only updates the note.
 */
export async function recommendMatch(input: { admin: Admin; smeId: string; distributorId: string; note?: string | null }): Promise<void> {
  const { admin } = input;
  if (admin.role !== "chamber_admin" && admin.role !== "platform_admin") throw new PublicError("forbidden");
  const note = input.note?.trim() || null;
  if (note && note.length > RECOMMENDATION_NOTE_MAX) throw new PublicError("matchesPage.errors.noteTooLong", "note");
  const db = await getDb();
  const rows = await db
    .select({ id: companies.id, ref: companies.ref, name: companies.name, kind: companies.kind, chamberId: companies.chamberId })
    .from(companies)
    // Only companies others can see may be recommended to each other.
    .where(and(inArray(companies.id, [input.smeId, input.distributorId]), eq(companies.status, "approved"), isNull(companies.deletedAt)));
  const sme = rows.find((r) => r.id === input.smeId && r.kind === "sme");
  const dist = rows.find((r) => r.id === input.distributorId && r.kind === "distributor");
  if (!sme || !dist) throw new PublicError("forbidden");
  let chamberId: string | null;
  if (admin.role === "chamber_admin") {
    chamberId = admin.chamberId;
    if (!chamberId || (sme.chamberId !== chamberId && dist.chamberId !== chamberId)) throw new PublicError("forbidden");
  } else {
    chamberId = admin.chamberId ?? sme.chamberId ?? dist.chamberId;
    if (!chamberId) throw new PublicError("forbidden");
  }
  const recommending = chamberId;
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(matchRecommendations)
      .values({ smeId: sme.id, distributorId: dist.id, chamberId: recommending, recommendedBy: admin.id, note })
      .onConflictDoNothing()
      .returning({ smeId: matchRecommendations.smeId });
    if (!created) {
      await tx
        .update(matchRecommendations)
        .set({ note, recommendedBy: admin.id })
        .where(and(eq(matchRecommendations.smeId, sme.id), eq(matchRecommendations.distributorId, dist.id), eq(matchRecommendations.chamberId, recommending)));
      return;
    }
    await notifyRecommended(tx, recommending, [sme, dist], note);
  });
}

type Side = { id: string; ref: string; name: Localized };

/** Tells each company's members which partner the chamber recommends, linking to its profile. */
async function notifyRecommended(tx: Executor, chamberId: string, [sme, dist]: [Side, Side], note: string | null): Promise<void> {
  const [chamber] = await tx.select({ name: chambers.name }).from(chambers).where(eq(chambers.id, chamberId));
  const members = await tx
    .select({ companyId: companyMembers.companyId, userId: companyMembers.userId })
    .from(companyMembers)
    .where(inArray(companyMembers.companyId, [sme.id, dist.id]));
  for (const [own, other] of [
    [sme, dist],
    [dist, sme],
  ] as const) {
    await notify(tx, {
      type: "match_recommended",
      userIds: members.filter((m) => m.companyId === own.id).map((m) => m.userId),
      payload: {
        chamberName: nameParam(chamber?.name),
        companyName: nameParam(other.name, other.ref),
        companyId: other.id,
        note: note ?? "",
        path: `/companies/${other.id}`,
      },
    });
  }
}

export type MemberMatch = {
  member: { id: string; ref: string; name: Localized; kind: CompanyKind };
  other: { id: string; ref: string; name: Localized; kind: CompanyKind; region: string };
  score: number;
  reasons: MatchReason[];
  recommended: boolean;
};

/**
 * For a chamber admin: each member company's best matches (`perMember`, default 5) with approved
 * partners, best first per member. A platform admin without a chamber sees every chamber's members.
 */
export async function listMemberMatches(admin: Admin, options: { perMember?: number } = {}): Promise<MemberMatch[]> {
  if (admin.role !== "chamber_admin" && admin.role !== "platform_admin") throw new PublicError("forbidden");
  if (admin.role === "chamber_admin" && !admin.chamberId) throw new PublicError("forbidden");
  const db = await getDb();
  const scope = admin.chamberId ? sql`mem.chamber_id = ${admin.chamberId}` : sql`mem.chamber_id is not null`;
  const perMember = Math.min(Math.max(options.perMember ?? 5, 1), 50);
  const rows = await rowsOf<{
    member_id: string;
    member_ref: string;
    member_name: Localized | string;
    member_kind: CompanyKind;
    other_id: string;
    other_ref: string;
    other_name: Localized | string;
    other_kind: CompanyKind;
    other_region: string;
    score: number;
    reasons: MatchReason[] | string;
    recommended: boolean;
  }>(
    db,
    sql`select * from (
          select mem.id as member_id, mem.ref as member_ref, mem.name as member_name, mem.kind as member_kind,
                 o.id as other_id, o.ref as other_ref, o.name as other_name, o.kind as other_kind, o.region as other_region,
                 m.score, m.reasons,
                 exists (select 1 from match_recommendations r where r.sme_id = m.sme_id and r.distributor_id = m.distributor_id
                         ${admin.chamberId ? sql`and r.chamber_id = ${admin.chamberId}` : sql``}) as recommended,
                 row_number() over (partition by mem.id order by m.score desc, o.ref) as rn
          from companies mem
          join matches m on (mem.kind = 'sme' and m.sme_id = mem.id) or (mem.kind = 'distributor' and m.distributor_id = mem.id)
          join companies o on o.id = case when mem.kind = 'sme' then m.distributor_id else m.sme_id end
          where ${scope} and mem.status = 'approved' and mem.deleted_at is null
            and o.status = 'approved' and o.deleted_at is null
        ) ranked where rn <= ${perMember}
        order by member_ref, score desc, other_ref`,
  );
  const json = <T>(v: T | string): T => (typeof v === "string" ? (JSON.parse(v) as T) : v);
  return rows.map((r) => ({
    member: { id: r.member_id, ref: r.member_ref, name: json(r.member_name), kind: r.member_kind },
    other: { id: r.other_id, ref: r.other_ref, name: json(r.other_name), kind: r.other_kind, region: r.other_region },
    score: Number(r.score),
    reasons: json(r.reasons),
    recommended: Boolean(r.recommended),
  }));
}
