import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { inquiries, inquiryEvents, type DealStage, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { nameParam } from "@/lib/notifications/types";
import { requireWritable, viewerOf } from "./access";
import { refreshInquiryFacts } from "./facts";
import { chamberName, notifyThread } from "./participants";
import { canMoveStage } from "./stages";

/**
 * Moves a deal to another stage, by either company or the chamber's coordinator. The thread row
 * is locked so two changes at once apply in turn; the stage, its timeline row and the
 * notifications commit together or not at all.
 */
export async function changeStage(user: User, inquiryId: string, to: DealStage, reason?: string): Promise<void> {
  const closing = to === "closed";
  if (closing && !reason?.trim()) throw new PublicError("inquiries.errors.closeReasonRequired", "reason");
  const viewer = await viewerOf(user);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { inquiry, role, sme, distributor } = await requireWritable(viewer, inquiryId, tx, { lock: true });
    if (!canMoveStage(inquiry.stage, to)) throw new PublicError("inquiries.errors.stageNotAllowed", "stage");
    await tx
      .update(inquiries)
      .set({
        stage: to,
        closedReason: closing ? reason!.trim() : null,
        signedAt: to === "signed" ? sql`now()` : null,
      })
      .where(eq(inquiries.id, inquiry.id));
    const data: Record<string, string> = { from: inquiry.stage, to };
    if (closing) data.reason = reason!.trim();
    await tx.insert(inquiryEvents).values({ inquiryId: inquiry.id, actorId: user.id, type: "stage_changed", data });
    await refreshInquiryFacts(tx, [inquiry.id]);
    const actorName = role === "chamber" ? await chamberName(tx, inquiry.chamberId) : nameParam((role === "sme" ? sme : distributor).name);
    await notifyThread(
      tx,
      inquiry,
      { userId: user.id, companyId: viewer.company?.id },
      {
        type: "stage_changed",
        audience: "everyone",
        payload: { inquiryId: inquiry.id, subject: inquiry.subject, companyName: actorName, stage: to, from: inquiry.stage },
      },
    );
  });
}
