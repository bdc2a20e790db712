import "server-only";
// The distributor's answers to a quotation: ask for a revision, accept one, or decline with a reason.
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { inquiries, inquiryEvents, quotations, quotationVersions, type Quotation, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { isUuid, requireWritable, viewerOf, type Viewer } from "@/lib/inquiries/access";
import { refreshInquiryFacts } from "@/lib/inquiries/facts";
import { memberIds, notifyThread } from "@/lib/inquiries/participants";
import { notify } from "@/lib/notifications/notify";
import { nameParam } from "@/lib/notifications/types";
import { quotationValid } from "./dates";
import type { FrozenTerms } from "./terms";

/** The caller's company's quotation (as its distributor), locked; a forged id and another's look the same. */
async function ownReceived(tx: Executor, viewer: Viewer, quotationId: string): Promise<Quotation> {
  if (viewer.company?.kind !== "distributor" || !isUuid(quotationId)) throw new PublicError("notFound");
  const [row] = await tx
    .select()
    .from(quotations)
    .where(and(eq(quotations.id, quotationId), eq(quotations.distributorId, viewer.company.id)))
    .for("update");
  if (!row) throw new PublicError("notFound");
  return row;
}

async function latestVersion(tx: Executor, quotationId: string) {
  const [row] = await tx
    .select()
    .from(quotationVersions)
    .where(eq(quotationVersions.quotationId, quotationId))
    .orderBy(desc(quotationVersions.version))
    .limit(1);
  return row!;
}

const live = ["open", "revision_requested"] as const;

async function answer(user: User, quotationId: string, apply: (tx: Executor, quotation: Quotation, viewer: Viewer) => Promise<void>): Promise<string> {
  const viewer = await viewerOf(user);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const quotation = await ownReceived(tx, viewer, quotationId);
    await requireWritable(viewer, quotation.inquiryId, tx, { companiesOnly: true, lock: true });
    if (!(live as readonly string[]).includes(quotation.status)) throw new PublicError("quotations.errors.final");
    await apply(tx, quotation, viewer);
    await refreshInquiryFacts(tx, [quotation.inquiryId]);
    return quotation.inquiryId;
  });
}

async function tell(
  tx: Executor,
  user: User,
  viewer: Viewer,
  inquiryId: string,
  event: "revision" | "accepted" | "declined",
  extra: Record<string, string> = {},
) {
  const [inquiry] = await tx.select().from(inquiries).where(eq(inquiries.id, inquiryId));
  await notifyThread(
    tx,
    inquiry!,
    { userId: user.id, companyId: viewer.company!.id },
    {
      type: "quotation_update",
      audience: "otherCompany",
      payload: { inquiryId, subject: inquiry!.subject, companyName: nameParam(viewer.company!.name), event, ...extra },
    },
  );
}

/** Asks the SME for a new version, saying what should change. */
export function requestRevision(user: User, quotationId: string, note: string): Promise<string> {
  return answer(user, quotationId, async (tx, quotation, viewer) => {
    if (quotation.status !== "open") throw new PublicError("quotations.errors.revisionPending");
    await tx.update(quotations).set({ status: "revision_requested", revisionNote: note }).where(eq(quotations.id, quotation.id));
    await tx
      .insert(inquiryEvents)
      .values({ inquiryId: quotation.inquiryId, actorId: user.id, type: "quotation_revision_requested", data: { quotationId: quotation.id, note } });
    await tell(tx, user, viewer, quotation.inquiryId, "revision", { note });
  });
}

/** Declines a quotation with a reason the SME reads. */
export function declineQuotation(user: User, quotationId: string, reason: string): Promise<string> {
  return answer(user, quotationId, async (tx, quotation, viewer) => {
    await tx.update(quotations).set({ status: "declined", declineReason: reason }).where(eq(quotations.id, quotation.id));
    await tx
      .insert(inquiryEvents)
      .values({ inquiryId: quotation.inquiryId, actorId: user.id, type: "quotation_declined", data: { quotationId: quotation.id, reason } });
    await tell(tx, user, viewer, quotation.inquiryId, "declined", { reason });
  });
}

/**
 * Accepts the latest version of an open quotation, while it is valid (JST): its terms are frozen
 * into the deal's timeline, the deal moves to negotiating, and the other open quotations on the
 * same need are closed as not selected, their SMEs told politely.
 */
export function acceptQuotation(user: User, quotationId: string, now = new Date()): Promise<string> {
  return answer(user, quotationId, async (tx, quotation, viewer) => {
    if (quotation.status !== "open") throw new PublicError("quotations.errors.revisionPending");
    const terms = await latestVersion(tx, quotation.id);
    if (!quotationValid(terms.validUntil, now)) throw new PublicError("quotations.errors.expired");
    const [inquiry] = await tx.select().from(inquiries).where(eq(inquiries.id, quotation.inquiryId));
    if (inquiry!.stage === "signed" || inquiry!.stage === "closed") throw new PublicError("inquiries.errors.stageNotAllowed");
    await tx.update(quotations).set({ status: "accepted", acceptedAt: now }).where(eq(quotations.id, quotation.id));
    const frozen: FrozenTerms = {
      version: terms.version,
      productName: terms.productName,
      unitPrice: terms.unitPrice,
      currency: "JPY",
      moq: terms.moq,
      incoterm: terms.incoterm,
      incotermPlace: terms.incotermPlace,
      leadTimeDays: terms.leadTimeDays,
      paymentTerms: terms.paymentTerms,
      validUntil: terms.validUntil,
      notes: terms.notes ?? "",
    };
    await tx
      .insert(inquiryEvents)
      .values({ inquiryId: inquiry!.id, actorId: user.id, type: "quotation_accepted", data: { quotationId: quotation.id, terms: frozen } });
    if (inquiry!.stage !== "negotiating") {
      await tx.update(inquiries).set({ stage: "negotiating", closedReason: null }).where(eq(inquiries.id, inquiry!.id));
      await tx
        .insert(inquiryEvents)
        .values({ inquiryId: inquiry!.id, actorId: user.id, type: "stage_changed", data: { from: inquiry!.stage, to: "negotiating" } });
    }
    await tell(tx, user, viewer, inquiry!.id, "accepted");
    if (quotation.needId) await closeOthers(tx, user, viewer, quotation);
  });
}

/** The other live quotations on the need: not selected, each SME thanked in its own thread. */
async function closeOthers(tx: Executor, user: User, viewer: Viewer, accepted: Quotation): Promise<void> {
  const others = await tx
    .update(quotations)
    .set({ status: "not_selected" })
    .where(
      and(
        eq(quotations.needId, accepted.needId!),
        eq(quotations.distributorId, accepted.distributorId),
        ne(quotations.id, accepted.id),
        inArray(quotations.status, [...live]),
      ),
    )
    .returning();
  for (const other of others) {
    await tx.insert(inquiryEvents).values({ inquiryId: other.inquiryId, actorId: user.id, type: "quotation_not_selected", data: { quotationId: other.id } });
    await refreshInquiryFacts(tx, [other.inquiryId]);
    const [inquiry] = await tx.select({ subject: inquiries.subject }).from(inquiries).where(eq(inquiries.id, other.inquiryId));
    await notify(tx, {
      type: "quotation_update",
      userIds: await memberIds(tx, [other.smeId]),
      payload: { inquiryId: other.inquiryId, subject: inquiry!.subject, companyName: nameParam(viewer.company!.name), event: "not_selected" },
    });
  }
}
