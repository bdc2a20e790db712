import "server-only";
import { and, count, eq, lte } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { companies, eventTalkRequests, type EventTalkRequest, type User } from "@/db/schema";
import { isUniqueViolation } from "@/db/errors";
import { PublicError } from "@/lib/errors";
import { blockedBetween } from "@/lib/inquiries/blocks";
import { nameParam } from "@/lib/notifications/types";
import { acceptedParticipant, eventCompany, findEvent } from "./access";
import { notifyCompanies } from "./notices";
import type { TalkAnswer, TalkRequestForm } from "./schemas";

/**
 * Unanswered requests whose time is up become expired, evaluated whenever requests are read or
 * written: they stop counting against the sender's pending cap, leave the pair free to ask again,
 * and are never scheduled.
 */
export async function expireRequests(executor: Executor, eventId: string, at: Date): Promise<number> {
  const rows = await executor
    .update(eventTalkRequests)
    .set({ status: "expired", decidedAt: at })
    .where(and(eq(eventTalkRequests.eventId, eventId), eq(eventTalkRequests.status, "pending"), lte(eventTalkRequests.expiresAt, at)))
    .returning({ id: eventTalkRequests.id });
  return rows.length;
}

/**
 * An accepted participant asks an accepted participant of the other side for a talk; it may hold
 * at most the event's number of pending requests, and one open request per pair.
 */
export async function requestTalk(user: Pick<User, "id">, input: TalkRequestForm, at: Date = new Date()): Promise<EventTalkRequest> {
  const company = await eventCompany(user);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const event = await findEvent(tx, input.eventId);
      await acceptedParticipant(tx, event.id, company.id, { lock: true });
      const target = await acceptedParticipant(tx, event.id, input.toCompanyId).catch(() => {
        throw new PublicError("events.errors.participantNotFound");
      });
      const [other] = await tx.select({ kind: companies.kind }).from(companies).where(eq(companies.id, target.companyId));
      if (!other || other.kind === company.kind) throw new PublicError("events.errors.participantNotFound");
      if (await blockedBetween(tx, company.id, target.companyId)) throw new PublicError("events.errors.contactEnded");
      await expireRequests(tx, event.id, at);
      const [pending] = await tx
        .select({ n: count() })
        .from(eventTalkRequests)
        .where(and(eq(eventTalkRequests.eventId, event.id), eq(eventTalkRequests.fromCompanyId, company.id), eq(eventTalkRequests.status, "pending")));
      if ((pending?.n ?? 0) >= event.maxPendingRequests) {
        throw new PublicError("events.errors.tooManyPending", undefined, { max: event.maxPendingRequests });
      }
      const [row] = await tx
        .insert(eventTalkRequests)
        .values({
          eventId: event.id,
          fromCompanyId: company.id,
          toCompanyId: target.companyId,
          message: input.message ?? null,
          expiresAt: new Date(at.getTime() + event.requestExpiryHours * 3_600_000),
        })
        .returning();
      await notifyCompanies(tx, event, [target.companyId], "event_talk_request", { companyName: nameParam(company.name), decision: "requested" });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new PublicError("events.errors.alreadyRequested");
    throw error;
  }
}

/** The receiver accepts or declines a request still pending and not yet expired. */
export async function answerTalkRequest(user: Pick<User, "id">, input: TalkAnswer, at: Date = new Date()): Promise<EventTalkRequest> {
  const company = await eventCompany(user);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(eventTalkRequests)
      .where(and(eq(eventTalkRequests.id, input.requestId), eq(eventTalkRequests.toCompanyId, company.id)))
      .for("update")
      .limit(1);
    if (!request) throw new PublicError("events.errors.requestNotFound");
    await acceptedParticipant(tx, request.eventId, company.id);
    await expireRequests(tx, request.eventId, at);
    const [row] = await tx
      .update(eventTalkRequests)
      .set({ status: input.decision, decidedAt: at })
      .where(and(eq(eventTalkRequests.id, request.id), eq(eventTalkRequests.toCompanyId, company.id), eq(eventTalkRequests.status, "pending")))
      .returning();
    if (!row) throw new PublicError("events.errors.requestNotPending");
    const event = await findEvent(tx, request.eventId);
    await notifyCompanies(tx, event, [request.fromCompanyId], "event_talk_request", { companyName: nameParam(company.name), decision: input.decision });
    return row;
  });
}
