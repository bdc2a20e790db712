import "server-only";
// A chamber admin verifies a member's evidence (its registry number, its documents); the badge
// then reads "verified by <chamber> on <date>" and lists what was checked, and the chamber sees
// which members fall due again a year later.
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chambers, companies, companyDocuments, companyVerifications, type CheckedItem, type Company, type Localized, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { ConsoleScope } from "@/lib/chamber/access";
import { PublicError } from "@/lib/errors";
import { isUuid } from "@/lib/inquiries/access";
import { rowsOf } from "@/lib/matching/db-rows";
import { dueAgainAt, markItems, zoneOfCountry, type MarkedItem } from "./badge";

export const REGISTRY_ITEM = "registry_number";

export type Badge = { chamberName: Localized; verifiedAt: Date; items: MarkedItem[]; dueAgainAt: Date };

/**
 * The company to verify: a live member of the admin's own chamber. The badge names a chamber, so
 * platform admins (who belong to none) and other chambers' admins find nothing.
 */
async function memberToVerify(admin: User, companyId: string): Promise<Company> {
  if (admin.role !== "chamber_admin" || !admin.chamberId || !isUuid(companyId)) throw new PublicError("notFound");
  const db = await getDb();
  const [company] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.id, companyId), eq(companies.chamberId, admin.chamberId), isNull(companies.deletedAt)))
    .limit(1);
  if (!company) throw new PublicError("notFound");
  return company;
}

/**
 * Records that the admin checked `itemIds` (REGISTRY_ITEM and/or document ids of the company), as
 * they stand now, with its audit entry in one transaction.
 */
export async function verifyCompany(admin: User, companyId: string, itemIds: readonly string[]): Promise<void> {
  const company = await memberToVerify(admin, companyId);
  if (itemIds.length === 0) throw new PublicError("trust.errors.nothingChecked", "items");
  const documentIds = itemIds.filter((id) => id !== REGISTRY_ITEM);
  if (documentIds.some((id) => !isUuid(id))) throw new PublicError("notFound");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const docs =
      documentIds.length === 0
        ? []
        : await tx
            .select()
            .from(companyDocuments)
            .where(and(eq(companyDocuments.companyId, company.id), inArray(companyDocuments.id, documentIds)));
    if (docs.length !== new Set(documentIds).size) throw new PublicError("notFound");
    const checked: CheckedItem[] = [];
    if (itemIds.includes(REGISTRY_ITEM)) {
      if (!company.registryNumber) throw new PublicError("trust.errors.noRegistryNumber", "items");
      checked.push({ kind: "registry_number", number: company.registryNumber });
    }
    for (const d of docs) checked.push({ kind: d.kind, documentId: d.id, issuer: d.issuer, number: d.number, expiresOn: d.expiresOn });
    const [row] = await tx
      .insert(companyVerifications)
      // Set here, to the millisecond: "due a year later" compares it with JavaScript dates.
      .values({ companyId: company.id, chamberId: admin.chamberId!, verifiedBy: admin.id, verifiedAt: new Date(), checked })
      .returning({ id: companyVerifications.id });
    await recordAudit(tx, {
      actorId: admin.id,
      chamberId: admin.chamberId,
      companyId: company.id,
      entity: "company",
      entityId: company.id,
      action: "verify",
      after: { verification: row!.id, checked },
    });
  });
}

/** The company's latest verification as its badge shows it at `now`, or null when never verified. */
export async function badgeOf(company: Pick<Company, "id" | "country">, now = new Date()): Promise<Badge | null> {
  const db = await getDb();
  const [row] = await db
    .select({ verifiedAt: companyVerifications.verifiedAt, checked: companyVerifications.checked, chamberName: chambers.name })
    .from(companyVerifications)
    .innerJoin(chambers, eq(chambers.id, companyVerifications.chamberId))
    .where(eq(companyVerifications.companyId, company.id))
    .orderBy(desc(companyVerifications.verifiedAt))
    .limit(1);
  if (!row) return null;
  return {
    chamberName: row.chamberName,
    verifiedAt: row.verifiedAt,
    items: markItems(row.checked, now, zoneOfCountry(company.country)),
    dueAgainAt: dueAgainAt(row.verifiedAt),
  };
}

export type DueVerification = { companyId: string; name: Localized; lastVerifiedAt: Date | null; documents: number };

/**
 * The scope's approved members whose evidence is due: verified more than a year ago, or never
 * verified while they have documents or a registry number to check. Oldest first.
 */
export async function dueVerifications(scope: ConsoleScope, now = new Date()): Promise<DueVerification[]> {
  const yearAgo = new Date(now);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const rows = await rowsOf<{ id: string; name: Localized | string; last: string | Date | null; documents: number | string }>(
    await getDb(),
    sql`select c.id, c.name, v.last, (select count(*) from company_documents d where d.company_id = c.id) as documents
        from companies c
        left join lateral (select max(v.verified_at) as last from company_verifications v where v.company_id = c.id) v on true
        where c.status = 'approved' and c.deleted_at is null
          and ${scope.chamberId ? sql`c.chamber_id = ${scope.chamberId}` : sql`c.chamber_id is not null`}
          and (case when v.last is null
                then c.registry_number is not null or exists (select 1 from company_documents d where d.company_id = c.id)
                else v.last <= ${yearAgo.toISOString()}::timestamptz end)
        order by v.last nulls first, c.created_at
        limit 500`,
  );
  return rows.map((r) => ({
    companyId: r.id,
    name: typeof r.name === "string" ? (JSON.parse(r.name) as Localized) : r.name,
    lastVerifiedAt: r.last ? new Date(r.last) : null,
    documents: Number(r.documents),
  }));
}
