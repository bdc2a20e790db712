import "server-only";
// The SME's side of a quotation: sending one on a need or in a thread, and revising it.
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { companies, inquiries, inquiryEvents, quotations, sourcingNeeds, type Company, type Inquiry, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { requireWritable } from "@/lib/inquiries/access";
import { refreshInquiryFacts } from "@/lib/inquiries/facts";
import { contactViewer, openInquiryIn } from "@/lib/inquiries/open";
import { notifyThread } from "@/lib/inquiries/participants";
import { isUuid, type Viewer } from "@/lib/inquiries/access";
import { nameParam } from "@/lib/notifications/types";
import { needOpen } from "./dates";
import { checkTerms, writeVersion, type Terms } from "./terms";

export type QuotationTarget = { needId: string; inquiryId?: undefined } | { inquiryId: string; needId?: undefined };

/** What the thread message says; the action writes it in the SME's language. */
export type QuotationTexts = { subject: string; body: string };

/** A need of an approved, live distributor that still takes quotations; a forged id finds nothing. */
export async function openNeed(db: Executor, needId: string, now = new Date()) {
  if (!isUuid(needId)) throw new PublicError("notFound");
  const [row] = await db
    .select({ need: sourcingNeeds, distributor: companies })
    .from(sourcingNeeds)
    .innerJoin(companies, eq(companies.id, sourcingNeeds.companyId))
    .where(and(eq(sourcingNeeds.id, needId), eq(companies.kind, "distributor"), eq(companies.status, "approved"), isNull(companies.deletedAt)));
  if (!row) throw new PublicError("notFound");
  if (!needOpen(row.need.deadline, now)) throw new PublicError("quotations.errors.needClosed");
  return row;
}

/** The open thread between the two companies (the latest), or a new one opened for the need. */
async function threadForNeed(tx: Executor, user: User, viewer: Viewer, distributor: Company, texts: QuotationTexts): Promise<Inquiry> {
  const [existing] = await tx
    .select()
    .from(inquiries)
    .where(
      and(
        eq(inquiries.smeId, viewer.company!.id),
        eq(inquiries.distributorId, distributor.id),
        inArray(inquiries.stage, ["new", "in_talks", "samples_sent", "negotiating"]),
      ),
    )
    .orderBy(desc(inquiries.lastMessageAt))
    .limit(1);
  if (existing) {
    await requireWritable(viewer, existing.id, tx, { companiesOnly: true, lock: true });
    return existing;
  }
  return openInquiryIn(tx, user, viewer, { to: distributor.id, source: "need", subject: texts.subject, body: texts.body });
}

/**
 * Sends a quotation as the caller's SME: on a distributor's open need (joining the two companies'
 * open thread, or opening one) or inside a thread it takes part in. Returns the thread's id.
 */
export async function sendQuotation(user: User, target: QuotationTarget, terms: Terms, texts: QuotationTexts): Promise<string> {
  checkTerms(terms);
  const viewer = await contactViewer(user);
  if (viewer.company?.kind !== "sme") throw new PublicError("forbidden");
  const db = await getDb();
  return db.transaction(async (tx) => {
    let inquiry: Inquiry;
    let needId: string | null = null;
    if (target.needId) {
      const { need, distributor } = await openNeed(tx, target.needId);
      needId = need.id;
      const [already] = await tx
        .select({ id: quotations.id })
        .from(quotations)
        .where(and(eq(quotations.needId, need.id), eq(quotations.smeId, viewer.company!.id), inArray(quotations.status, ["open", "revision_requested"])));
      if (already) throw new PublicError("quotations.errors.alreadyQuoted");
      inquiry = await threadForNeed(tx, user, viewer, distributor, texts);
    } else {
      const thread = await requireWritable(viewer, target.inquiryId ?? "", tx, { companiesOnly: true, lock: true });
      if (thread.role !== "sme") throw new PublicError("forbidden");
      inquiry = thread.inquiry;
    }
    const [quotation] = await tx
      .insert(quotations)
      .values({ inquiryId: inquiry.id, needId, smeId: inquiry.smeId, distributorId: inquiry.distributorId })
      .returning();
    await writeVersion(tx, { user, inquiryId: inquiry.id, smeId: inquiry.smeId, quotationId: quotation!.id, version: 1, terms, body: texts.body });
    await tx
      .insert(inquiryEvents)
      .values({ inquiryId: inquiry.id, actorId: user.id, type: "quotation_sent", data: { quotationId: quotation!.id, version: 1 } });
    await refreshInquiryFacts(tx, [inquiry.id]);
    await notifyThread(
      tx,
      inquiry,
      { userId: user.id, companyId: viewer.company!.id },
      {
        type: "quotation_update",
        audience: "otherCompany",
        payload: { inquiryId: inquiry.id, subject: inquiry.subject, companyName: nameParam(viewer.company!.name), event: "received" },
      },
    );
    return inquiry.id;
  });
}

/**
 * A new version of the caller's own quotation, while it is open or a revision was asked for.
 * Accepted, declined and superseded quotations are final: their terms never change.
 */
export async function reviseQuotation(user: User, quotationId: string, terms: Terms, body: string): Promise<string> {
  checkTerms(terms);
  const viewer = await contactViewer(user);
  if (viewer.company?.kind !== "sme" || !isUuid(quotationId)) throw new PublicError("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [quotation] = await tx
      .select()
      .from(quotations)
      .where(and(eq(quotations.id, quotationId), eq(quotations.smeId, viewer.company!.id)))
      .for("update");
    if (!quotation) throw new PublicError("notFound");
    if (quotation.status !== "open" && quotation.status !== "revision_requested") throw new PublicError("quotations.errors.final");
    const { inquiry } = await requireWritable(viewer, quotation.inquiryId, tx, { companiesOnly: true, lock: true });
    const version = quotation.version + 1;
    await writeVersion(tx, { user, inquiryId: inquiry.id, smeId: quotation.smeId, quotationId: quotation.id, version, terms, body });
    await tx.update(quotations).set({ version, status: "open", revisionNote: null }).where(eq(quotations.id, quotation.id));
    await tx.insert(inquiryEvents).values({ inquiryId: inquiry.id, actorId: user.id, type: "quotation_revised", data: { quotationId: quotation.id, version } });
    await refreshInquiryFacts(tx, [inquiry.id]);
    await notifyThread(
      tx,
      inquiry,
      { userId: user.id, companyId: viewer.company!.id },
      {
        type: "quotation_update",
        audience: "otherCompany",
        payload: { inquiryId: inquiry.id, subject: inquiry.subject, companyName: nameParam(viewer.company!.name), event: "received" },
      },
    );
    return inquiry.id;
  });
}

/** For the quotation page: the open need and its distributor, or undefined (closed, hidden or forged). */
export async function needForQuote(needId: string) {
  const db = await getDb();
  try {
    return await openNeed(db, needId);
  } catch (error) {
    if (error instanceof PublicError) return undefined;
    throw error;
  }
}
