import "server-only";
// Sample shipments in a thread: requested by either company, sent by the SME, received by the distributor.
import { and, asc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { inquiries, inquiryEvents, sampleRequests, type Carrier, type Inquiry, type SampleRequest, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { findReadable, isUuid, requireWritable, viewerOf, type Viewer } from "@/lib/inquiries/access";
import { refreshInquiryFacts } from "@/lib/inquiries/facts";
import { notifyThread } from "@/lib/inquiries/participants";
import { nameParam } from "@/lib/notifications/types";

export type SampleInput = { items: string; quantity: number; address: string; payer: "sme" | "distributor" };

async function tell(tx: Executor, user: User, viewer: Viewer, inquiry: Inquiry, status: string) {
  await notifyThread(
    tx,
    inquiry,
    { userId: user.id, companyId: viewer.company?.id },
    {
      type: "sample_update",
      audience: "otherCompany",
      payload: { inquiryId: inquiry.id, subject: inquiry.subject, companyName: nameParam(viewer.company?.name), status },
    },
  );
}

/** Records a sample request in a thread the caller's company takes part in. */
export async function requestSample(user: User, inquiryId: string, input: SampleInput): Promise<void> {
  const viewer = await viewerOf(user);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { inquiry } = await requireWritable(viewer, inquiryId, tx, { companiesOnly: true, lock: true });
    const [row] = await tx
      .insert(sampleRequests)
      .values({
        inquiryId: inquiry.id,
        requestedBy: user.id,
        items: [{ item: input.items, quantity: input.quantity }],
        address: input.address,
        payer: input.payer,
      })
      .returning({ id: sampleRequests.id });
    await tx.insert(inquiryEvents).values({ inquiryId: inquiry.id, actorId: user.id, type: "sample_requested", data: { sampleId: row!.id } });
    await refreshInquiryFacts(tx, [inquiry.id]);
    await tell(tx, user, viewer, inquiry, "requested");
  });
}

/** A sample of a thread the caller's company (of `side`) takes part in, locked; anything else finds nothing. */
async function ownSample(tx: Executor, viewer: Viewer, sampleId: string, side: "sme" | "distributor") {
  if (viewer.company?.kind !== side || !isUuid(sampleId)) throw new PublicError("notFound");
  const column = side === "sme" ? inquiries.smeId : inquiries.distributorId;
  const [row] = await tx
    .select({ sample: sampleRequests })
    .from(sampleRequests)
    .innerJoin(inquiries, eq(inquiries.id, sampleRequests.inquiryId))
    .where(and(eq(sampleRequests.id, sampleId), eq(column, viewer.company.id)))
    .for("update", { of: sampleRequests });
  if (!row) throw new PublicError("notFound");
  const thread = await requireWritable(viewer, row.sample.inquiryId, tx, { companiesOnly: true, lock: true });
  return { sample: row.sample, inquiry: thread.inquiry };
}

/**
 * The SME marks a requested sample sent with its carrier and tracking number; the deal moves to
 * "samples sent" when it was at an earlier stage (never back from negotiating or later).
 */
export async function markSampleSent(user: User, sampleId: string, carrier: Carrier, trackingNumber: string): Promise<void> {
  const viewer = await viewerOf(user);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { sample, inquiry } = await ownSample(tx, viewer, sampleId, "sme");
    if (sample.status !== "requested") throw new PublicError("samples.errors.alreadySent");
    await tx.update(sampleRequests).set({ status: "sent", carrier, trackingNumber, sentAt: new Date() }).where(eq(sampleRequests.id, sample.id));
    await tx
      .insert(inquiryEvents)
      .values({ inquiryId: inquiry.id, actorId: user.id, type: "sample_sent", data: { sampleId: sample.id, carrier, trackingNumber } });
    if (inquiry.stage === "new" || inquiry.stage === "in_talks") {
      await tx.update(inquiries).set({ stage: "samples_sent" }).where(eq(inquiries.id, inquiry.id));
      await tx
        .insert(inquiryEvents)
        .values({ inquiryId: inquiry.id, actorId: user.id, type: "stage_changed", data: { from: inquiry.stage, to: "samples_sent" } });
    }
    await refreshInquiryFacts(tx, [inquiry.id]);
    await tell(tx, user, viewer, inquiry, "sent");
  });
}

/** The distributor confirms a sent sample arrived, with feedback for the SME. */
export async function markSampleReceived(user: User, sampleId: string, feedback: string): Promise<void> {
  const viewer = await viewerOf(user);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { sample, inquiry } = await ownSample(tx, viewer, sampleId, "distributor");
    if (sample.status !== "sent") throw new PublicError("samples.errors.notSent");
    await tx.update(sampleRequests).set({ status: "received", receivedAt: new Date(), feedback }).where(eq(sampleRequests.id, sample.id));
    await tx.insert(inquiryEvents).values({ inquiryId: inquiry.id, actorId: user.id, type: "sample_received", data: { sampleId: sample.id, feedback } });
    await refreshInquiryFacts(tx, [inquiry.id]);
    await tell(tx, user, viewer, inquiry, "received");
  });
}

/** The samples of a thread the caller may read (none otherwise). */
export async function samplesForThread(user: Pick<User, "id" | "role" | "chamberId">, inquiryId: string): Promise<SampleRequest[]> {
  const thread = await findReadable(await viewerOf(user), inquiryId);
  if (!thread) return [];
  const db = await getDb();
  return db.select().from(sampleRequests).where(eq(sampleRequests.inquiryId, thread.inquiry.id)).orderBy(asc(sampleRequests.createdAt));
}
