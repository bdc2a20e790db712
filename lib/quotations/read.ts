import "server-only";
// Reading quotations: the need's owner sees all of them; a thread shows its own two companies'.
import { and, asc, count, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Executor } from "@/db/client";
import {
  chambers,
  companies,
  quotations,
  quotationVersions,
  sourcingNeeds,
  type Localized,
  type Quotation,
  type QuotationVersion,
  type SourcingNeed,
  type User,
} from "@/db/schema";
import { findReadable, isUuid, viewerOf } from "@/lib/inquiries/access";
import { loadReplyRates } from "@/lib/matching/responsiveness";

export type QuotationView = Quotation & {
  versions: QuotationVersion[];
  latest: QuotationVersion;
  smeName: Localized;
  chamberName: Localized | null;
  replyRate?: number;
};

async function withVersions(rows: { quotation: Quotation; smeName: Localized; chamberName: Localized | null }[]): Promise<QuotationView[]> {
  if (rows.length === 0) return [];
  const db = await getDb();
  const versions = await db
    .select()
    .from(quotationVersions)
    .where(
      inArray(
        quotationVersions.quotationId,
        rows.map((r) => r.quotation.id),
      ),
    )
    .orderBy(asc(quotationVersions.version));
  const rates = await loadReplyRates(
    db,
    rows.map((r) => r.quotation.smeId),
  );
  return rows.map(({ quotation, smeName, chamberName }) => {
    const own = versions.filter((v) => v.quotationId === quotation.id);
    return { ...quotation, versions: own, latest: own[own.length - 1]!, smeName, chamberName, replyRate: rates.get(quotation.smeId) };
  });
}

const sme = alias(companies, "sme");

/** Quotations with their SME's name and chamber (the badge); a query builder, not run until awaited with its WHERE. */
function baseQuery(db: Executor) {
  return db
    .select({ quotation: quotations, smeName: sme.name, chamberName: chambers.name })
    .from(quotations)
    .innerJoin(sme, eq(sme.id, quotations.smeId))
    .leftJoin(chambers, eq(chambers.id, sme.chamberId));
}

/**
 * A need and every quotation on it, for its owner only: the caller's distributor company must own
 * the need, so any other caller (and a forged id) finds nothing.
 */
export async function quotationsForNeed(
  user: Pick<User, "id" | "role" | "chamberId">,
  needId: string,
): Promise<{ need: SourcingNeed; quotations: QuotationView[] } | undefined> {
  const { company } = await viewerOf(user);
  if (company?.kind !== "distributor" || !isUuid(needId)) return undefined;
  const db = await getDb();
  const [need] = await db
    .select()
    .from(sourcingNeeds)
    .where(and(eq(sourcingNeeds.id, needId), eq(sourcingNeeds.companyId, company.id)));
  if (!need) return undefined;
  const rows = await baseQuery(db)
    .where(and(eq(quotations.needId, need.id), eq(quotations.distributorId, company.id)))
    .orderBy(desc(quotations.createdAt));
  return { need, quotations: await withVersions(rows) };
}

/** The quotations of a thread the caller may read: only ever its own SME's and distributor's. */
export async function quotationsForThread(user: Pick<User, "id" | "role" | "chamberId">, inquiryId: string): Promise<QuotationView[]> {
  const thread = await findReadable(await viewerOf(user), inquiryId);
  if (!thread) return [];
  const { inquiry } = thread;
  const rows = await baseQuery(await getDb())
    .where(and(eq(quotations.inquiryId, inquiry.id), eq(quotations.smeId, inquiry.smeId), eq(quotations.distributorId, inquiry.distributorId)))
    .orderBy(desc(quotations.createdAt));
  return withVersions(rows);
}

/** The caller's SME's own quotation, for the revision form; anyone else's finds nothing. */
export async function ownQuotation(user: Pick<User, "id" | "role" | "chamberId">, quotationId: string): Promise<QuotationView | undefined> {
  const { company } = await viewerOf(user);
  if (company?.kind !== "sme" || !isUuid(quotationId)) return undefined;
  const rows = await baseQuery(await getDb()).where(and(eq(quotations.id, quotationId), eq(quotations.smeId, company.id)));
  return (await withVersions(rows))[0];
}

/** How many quotations each of a distributor's needs has received. */
export async function quotationCounts(distributorId: string): Promise<Map<string, number>> {
  const db = await getDb();
  const rows = await db
    .select({ needId: quotations.needId, count: count() })
    .from(quotations)
    .where(and(eq(quotations.distributorId, distributorId), isNotNull(quotations.needId)))
    .groupBy(quotations.needId);
  return new Map(rows.map((r) => [r.needId!, r.count]));
}
