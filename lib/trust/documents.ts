import "server-only";
// The evidence files behind a chamber's badge: a business licence and certificates, uploaded by
// the company and read only by the company itself, its chamber's admins, platform admins, and
// approved companies it is in talks with (an inquiry between the two, neither having blocked the
// other). Stored and checked like inquiry attachments (lib/inquiries/files.ts).
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { companies, companyDocuments, type DocumentKind, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireOwnCompany, getMembership } from "@/lib/companies/access";
import { PublicError } from "@/lib/errors";
import { isUuid } from "@/lib/inquiries/access";
import { checkUploads, type Upload } from "@/lib/inquiries/messages";

export type DocumentInput = { kind: DocumentKind; issuer: string; number: string; expiresOn: string | null };
export type DocumentSummary = { id: string; kind: DocumentKind; issuer: string; number: string; expiresOn: string | null; fileName: string; createdAt: Date };

const summary = {
  id: companyDocuments.id,
  kind: companyDocuments.kind,
  issuer: companyDocuments.issuer,
  number: companyDocuments.number,
  expiresOn: companyDocuments.expiresOn,
  fileName: companyDocuments.fileName,
  createdAt: companyDocuments.createdAt,
};

/** Adds a document to the caller's own company (never another: the id comes from the membership). */
export async function addOwnDocument(user: User, input: DocumentInput, upload: Upload | undefined): Promise<string> {
  if (!upload) throw new PublicError("trust.errors.fileRequired", "files");
  const [file] = checkUploads([upload]);
  const { company } = await requireOwnCompany(user);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(companyDocuments)
      .values({
        companyId: company.id,
        ...input,
        fileName: file!.fileName,
        mime: file!.mime,
        size: file!.data.byteLength,
        data: file!.data,
        uploadedBy: user.id,
      })
      .returning({ id: companyDocuments.id });
    await recordAudit(tx, {
      actorId: user.id,
      chamberId: company.chamberId,
      companyId: company.id,
      entity: "document",
      entityId: row!.id,
      action: "document_added",
      after: { kind: input.kind, issuer: input.issuer, number: input.number, expiresOn: input.expiresOn },
    });
    return row!.id;
  });
}

/** Removes one of the caller's own company's documents; anyone else's id finds nothing. */
export async function deleteOwnDocument(user: User, documentId: string): Promise<void> {
  const { company } = await requireOwnCompany(user);
  const db = await getDb();
  const deleted = await db
    .delete(companyDocuments)
    .where(and(eq(companyDocuments.id, documentId), eq(companyDocuments.companyId, company.id)))
    .returning({ id: companyDocuments.id });
  if (deleted.length === 0) throw new PublicError("notFound");
}

/** A company's documents, newest first (their bytes excepted). Callers decide who may see them. */
export async function listDocuments(companyId: string): Promise<DocumentSummary[]> {
  const db = await getDb();
  return db.select(summary).from(companyDocuments).where(eq(companyDocuments.companyId, companyId)).orderBy(desc(companyDocuments.createdAt));
}

/**
 * Who may read the documents of a company, as a condition on `companies` (the owner): its own
 * members, its chamber's admins, platform admins, and an approved partner in talks with it.
 * Undefined: nobody's.
 */
async function readableOwners(user: Pick<User, "id" | "role" | "chamberId">): Promise<SQL | undefined> {
  if (user.role === "platform_admin") return sql`true`;
  if (user.role === "chamber_admin") return user.chamberId ? eq(companies.chamberId, user.chamberId) : undefined;
  const membership = await getMembership(user.id);
  if (!membership) return undefined;
  const own = membership.company.id;
  if (membership.company.status !== "approved") return eq(companies.id, own);
  return sql`(${companies.id} = ${own} or (${companies.status} = 'approved' and exists (
    select 1 from inquiries i where (i.sme_id = ${own} and i.distributor_id = ${companies.id}) or (i.distributor_id = ${own} and i.sme_id = ${companies.id}))
    and not exists (select 1 from company_blocks b
      where (b.blocker_id = ${own} and b.blocked_id = ${companies.id}) or (b.blocker_id = ${companies.id} and b.blocked_id = ${own}))))`;
}

/** Whether `user` may see the documents of `companyId` (the profile shows them only then). */
export async function mayReadDocuments(user: Pick<User, "id" | "role" | "chamberId">, companyId: string): Promise<boolean> {
  const scope = await readableOwners(user);
  if (!scope || !isUuid(companyId)) return false;
  const db = await getDb();
  const [row] = await db
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.id, companyId), sql`${companies.deletedAt} is null`, scope))
    .limit(1);
  return Boolean(row);
}

/** A document's bytes for someone allowed to read its company's documents; anyone else finds nothing. */
export async function getDocumentForReader(user: Pick<User, "id" | "role" | "chamberId">, documentId: string) {
  const scope = await readableOwners(user);
  if (!scope || !isUuid(documentId)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select({ fileName: companyDocuments.fileName, mime: companyDocuments.mime, data: companyDocuments.data })
    .from(companyDocuments)
    .innerJoin(companies, eq(companies.id, companyDocuments.companyId))
    .where(and(eq(companyDocuments.id, documentId), sql`${companies.deletedAt} is null`, scope))
    .limit(1);
  return row;
}
