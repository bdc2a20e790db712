import "server-only";
// The Matches page's data. The other company's status is checked at read time, so a suspension
// or deletion hides it at once, before any recompute.
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { channelTypes, matchFeedback, type CompanyKind, type Localized } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { rowsOf } from "./db-rows";
import { quotedText } from "./features";
import type { MatchReason } from "./types";

export type MatchFilters = { channelType?: string; region?: string; hsChapter?: string };

export type MatchCard = {
  other: { id: string; ref: string; name: Localized; region: string; kind: CompanyKind; languages: string[]; chamberName: Localized | null };
  score: number;
  reasons: MatchReason[];
  saved: boolean;
  recommendedBy: { chamberId: string; chamberName: Localized; note: string | null }[];
};

const filtersSchema = z.object({
  channelType: z.enum(channelTypes).optional(),
  region: z
    .string()
    .regex(/^(CN|JP)(-[A-Z0-9]{1,3})?$/)
    .optional(),
  hsChapter: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});

type Row = {
  id: string;
  ref: string;
  name: Localized;
  region: string;
  kind: CompanyKind;
  languages: string[];
  chamber_name: Localized | string | null;
  score: number;
  reasons: MatchReason[];
  saved: boolean;
  sme_id: string;
  distributor_id: string;
};

/** Filters on the other company: its routes, reach and categories (or, seen by a distributor, the SME's targets and products). */
function filterSql(viewerKind: CompanyKind, f: MatchFilters): SQL[] {
  const out: SQL[] = [];
  if (viewerKind === "sme") {
    if (f.channelType) out.push(sql`exists (select 1 from sales_channels sc where sc.company_id = o.id and sc.type = ${f.channelType}::channel_type)`);
    if (f.region)
      out.push(
        sql`(o.region = ${f.region} or exists (select 1 from sales_channels sc where sc.company_id = o.id and sc.regions && array[${f.region}, 'CN']::text[]))`,
      );
    if (f.hsChapter)
      out.push(sql`(exists (select 1 from unnest(o.hs_codes) h where left(h, 2) = ${f.hsChapter})
                 or exists (select 1 from sourcing_needs n where n.company_id = o.id and (n.deadline is null or n.deadline >= (now() at time zone 'Asia/Shanghai')::date) and left(coalesce(n.hs_code, n.inferred_hs_code), 2) = ${f.hsChapter}))`);
  } else {
    if (f.channelType) out.push(sql`${f.channelType} = any(o.target_channels)`);
    if (f.region) out.push(sql`(o.region = ${f.region} or o.target_regions && array[${f.region}, 'CN']::text[])`);
    if (f.hsChapter)
      out.push(sql`exists (select 1 from products p where p.company_id = o.id and p.published
                   and left(coalesce(p.hs_code, p.inferred_hs_code), 2) = ${f.hsChapter})`);
  }
  return out;
}

/**
 * A company's matches, best first, without the companies it dismissed or any that is not approved.
 * `companyId` must come from the caller's verified membership; `kind` is that company's kind.
 */
export async function listMatches(input: {
  companyId: string;
  kind: CompanyKind;
  filters?: MatchFilters;
  limit?: number;
  offset?: number;
}): Promise<MatchCard[]> {
  const parsed = filtersSchema.safeParse(input.filters ?? {});
  if (!parsed.success) throw new PublicError("invalid");
  const db = await getDb();
  const mine = sql.raw(input.kind === "sme" ? "m.sme_id" : "m.distributor_id");
  const theirs = sql.raw(input.kind === "sme" ? "m.distributor_id" : "m.sme_id");
  const where = [
    sql`${mine} = ${input.companyId}`,
    sql`o.status = 'approved' and o.deleted_at is null`,
    sql`(f.state is null or f.state <> 'dismissed')`,
    ...filterSql(input.kind, parsed.data),
  ];
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 100);
  const offset = Math.max(input.offset ?? 0, 0);
  const rows = await rowsOf<Row>(
    db,
    sql`select o.id, o.ref, o.name, o.region, o.kind, o.languages, ch.name as chamber_name, m.score, m.reasons,
               (f.state = 'saved') is true as saved, m.sme_id, m.distributor_id
        from matches m
        join companies o on o.id = ${theirs}
        left join chambers ch on ch.id = o.chamber_id
        left join match_feedback f on f.company_id = ${input.companyId} and f.other_id = o.id
        where ${sql.join(where, sql` and `)}
        order by m.score desc, o.ref asc
        limit ${limit} offset ${offset}`,
  );
  const recommendations = await recommendationsFor(rows.map((r) => [r.sme_id, r.distributor_id]));
  return rows.map((r) => ({
    other: {
      id: r.id,
      ref: r.ref,
      name: parseJson(r.name),
      region: r.region,
      kind: r.kind,
      languages: r.languages,
      chamberName: r.chamber_name === null ? null : parseJson(r.chamber_name),
    },
    score: Number(r.score),
    reasons: parseJson(r.reasons),
    saved: Boolean(r.saved),
    recommendedBy: recommendations.get(`${r.sme_id}:${r.distributor_id}`) ?? [],
  }));
}

export type MatchedProduct = { id: string; name: Localized; imageId: string | null };

/**
 * The SME's published products that a card's reasons name (a reason quotes a product by its
 * trimmed name in every language it was given in), with each one's first photo, at most `max` per
 * card, for a page of cards in one statement. `smeIdOf` says which company of a card is the SME.
 */
export async function matchedProducts(cards: { reasons: MatchReason[] }[], smeIdOf: (index: number) => string, max = 3): Promise<MatchedProduct[][]> {
  const named = cards.map((card) => new Set(card.reasons.flatMap((r) => (isLocalized(r.params.product) ? [nameKey(r.params.product)] : []))));
  const smeIds = [...new Set(cards.map((_, i) => smeIdOf(i)).filter((_, i) => named[i]!.size > 0))];
  if (smeIds.length === 0) return cards.map(() => []);
  const db = await getDb();
  const rows = await rowsOf<{ company_id: string; id: string; name: Localized | string; image_id: string | null }>(
    db,
    sql`select p.company_id, p.id, p.name,
               (select pi.id from product_images pi where pi.product_id = p.id order by pi.position, pi.created_at limit 1) as image_id
        from products p
        where p.company_id in (select (x #>> '{}')::uuid from jsonb_array_elements(${JSON.stringify(smeIds)}::jsonb) x) and p.published
        order by p.created_at, p.id`,
  );
  const byCompany = new Map<string, MatchedProduct[]>();
  for (const row of rows) {
    const list = byCompany.get(row.company_id) ?? [];
    list.push({ id: row.id, name: parseJson(row.name), imageId: row.image_id });
    byCompany.set(row.company_id, list);
  }
  return cards.map((_, i) => (byCompany.get(smeIdOf(i)) ?? []).filter((product) => named[i]!.has(nameKey(quotedText(product.name)))).slice(0, max));
}

function isLocalized(value: unknown): value is Localized {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const nameKey = (name: Localized) => JSON.stringify([name.ja ?? "", name.zh ?? "", name.en ?? ""]);

function parseJson<T>(value: T | string): T {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}

/** Chamber recommendations for a page of pairs, keyed "smeId:distributorId". */
export async function recommendationsFor(pairs: [string, string][]): Promise<Map<string, MatchCard["recommendedBy"]>> {
  const out = new Map<string, MatchCard["recommendedBy"]>();
  if (pairs.length === 0) return out;
  const db = await getDb();
  const rows = await rowsOf<{ sme_id: string; distributor_id: string; chamber_id: string; name: Localized | string; note: string | null }>(
    db,
    sql`select r.sme_id, r.distributor_id, r.chamber_id, c.name, r.note
        from match_recommendations r join chambers c on c.id = r.chamber_id
        join (select (x->>0)::uuid as s, (x->>1)::uuid as d from jsonb_array_elements(${JSON.stringify(pairs)}::jsonb) x) p
          on p.s = r.sme_id and p.d = r.distributor_id
        order by r.created_at, r.chamber_id`,
  );
  for (const row of rows) {
    const key = `${row.sme_id}:${row.distributor_id}`;
    const list = out.get(key) ?? [];
    list.push({ chamberId: row.chamber_id, chamberName: parseJson(row.name), note: row.note });
    out.set(key, list);
  }
  return out;
}

/**
 * Saves, dismisses or clears (null) the viewing company's feedback on another. It only filters
 * the viewer's own list (a dismissed company disappears from it, a saved one is marked): no score
 * changes, and the other company's list is untouched, so feedback cannot be used to push anyone down.
 */
export async function setMatchFeedback(companyId: string, otherId: string, state: "saved" | "dismissed" | null): Promise<void> {
  const db = await getDb();
  if (state === null) {
    await db.execute(sql`delete from match_feedback where company_id = ${companyId} and other_id = ${otherId}`);
    return;
  }
  await db
    .insert(matchFeedback)
    .values({ companyId, otherId, state })
    .onConflictDoUpdate({ target: [matchFeedback.companyId, matchFeedback.otherId], set: { state, updatedAt: new Date() } });
}
