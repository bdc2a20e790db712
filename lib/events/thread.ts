import "server-only";
// A talk held carries on as the pair's inquiry thread: the deal pipeline takes over from there.
import { and, desc, eq, notInArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  companies,
  companyMembers,
  eventTalkRequests,
  eventTalks,
  inquiries,
  inquiryEvents,
  inquiryMessages,
  meetings,
  type Event,
  type EventTalk,
} from "@/db/schema";
import { pickLocalized } from "@/lib/i18n/localized";
import { locales } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { blockedBetween } from "@/lib/inquiries/blocks";
import { refreshInquiryFacts } from "@/lib/inquiries/facts";
import { neutralName, notifyThread } from "@/lib/inquiries/participants";
import { nameParam } from "@/lib/notifications/types";

export type Side = "sme" | "distributor";

/** The pair's deal in progress (not signed, not closed), or a new thread opened for the talk; none while either blocks the other. */
async function threadFor(tx: Executor, event: Event, talk: EventTalk, actorId: string): Promise<{ id: string; opened: boolean } | null> {
  if (await blockedBetween(tx, talk.smeId, talk.distributorId)) return null;
  const [existing] = await tx
    .select({ id: inquiries.id })
    .from(inquiries)
    .where(and(eq(inquiries.smeId, talk.smeId), eq(inquiries.distributorId, talk.distributorId), notInArray(inquiries.stage, ["signed", "closed"])))
    .orderBy(desc(inquiries.lastMessageAt))
    .limit(1);
  if (existing) return { id: existing.id, opened: false };
  const [sme] = await tx.select({ chamberId: companies.chamberId }).from(companies).where(eq(companies.id, talk.smeId));
  const [request] = await tx.select({ from: eventTalkRequests.fromCompanyId }).from(eventTalkRequests).where(eq(eventTalkRequests.id, talk.requestId));
  const [inquiry] = await tx
    .insert(inquiries)
    .values({
      smeId: talk.smeId,
      distributorId: talk.distributorId,
      chamberId: sme?.chamberId ?? null,
      openedBy: actorId,
      openedByCompanyId: request?.from ?? null,
      source: "event",
      subject: neutralName(event.name),
    })
    .returning({ id: inquiries.id });
  await tx.insert(inquiryEvents).values({ inquiryId: inquiry!.id, actorId, type: "opened", data: { source: "event" } });
  return { id: inquiry!.id, opened: true };
}

/** A side's note as a thread message, its fixed part in the three languages so that both sides read it. */
export async function postNote(tx: Executor, event: Event, talk: EventTalk, side: Side, authorId: string | null): Promise<void> {
  if (!talk.inquiryId) return;
  const interest = side === "sme" ? talk.smeInterest : talk.distributorInterest;
  if (interest === null) return;
  const step = (side === "sme" ? talk.smeNextStep : talk.distributorNextStep) ?? "none";
  const text = side === "sme" ? talk.smeNote : talk.distributorNote;
  const [company] = await tx
    .select({ name: companies.name })
    .from(companies)
    .where(eq(companies.id, side === "sme" ? talk.smeId : talk.distributorId));
  const lines = locales.map((locale) => {
    const t = translatorFor(locale);
    return t("events.note.threadLine", {
      company: pickLocalized(company?.name, locale)?.text ?? "",
      event: pickLocalized(event.name, locale)?.text ?? "",
      interest,
      nextStep: t(`events.nextSteps.${step as "none"}`),
    });
  });
  const body = [lines.join("\n"), text].filter(Boolean).join("\n\n");
  // A note written before the talk was held is posted when it is: in its company's name (the owner's).
  const companyId = side === "sme" ? talk.smeId : talk.distributorId;
  authorId ??=
    (
      await tx
        .select({ userId: companyMembers.userId })
        .from(companyMembers)
        .where(eq(companyMembers.companyId, companyId))
        .orderBy(sql`${companyMembers.role} = 'owner' desc`, companyMembers.createdAt)
        .limit(1)
    )[0]?.userId ?? null;
  const [message] = await tx
    .insert(inquiryMessages)
    .values({ inquiryId: talk.inquiryId, authorId, authorSide: side, body })
    .returning({ id: inquiryMessages.id });
  const [inquiry] = await tx
    .update(inquiries)
    .set({ lastMessageAt: sql`now()` })
    .where(eq(inquiries.id, talk.inquiryId))
    .returning();
  await refreshInquiryFacts(tx, [talk.inquiryId]);
  await notifyThread(
    tx,
    inquiry!,
    { userId: authorId ?? "", companyId },
    {
      type: "message_new",
      audience: "otherCompany",
      payload: { inquiryId: inquiry!.id, subject: inquiry!.subject, companyName: nameParam(company?.name), messageId: message!.id },
      batchKey: `thread:${inquiry!.id}`,
    },
  );
}

/**
 * Marks a scheduled talk held: it opens (or joins) the pair's thread, where it stands as an
 * accepted meeting at the talk's time, and the notes already written are posted there.
 */
export async function holdTalk(tx: Executor, event: Event, talk: EventTalk, actorId: string, at: Date): Promise<EventTalk> {
  const thread = await threadFor(tx, event, talk, actorId);
  const [row] = await tx
    .update(eventTalks)
    .set({ status: "held", heldAt: at, inquiryId: thread?.id ?? null, openedInquiry: thread?.opened ?? false })
    .where(and(eq(eventTalks.id, talk.id), eq(eventTalks.eventId, event.id), eq(eventTalks.status, "scheduled")))
    .returning();
  if (!row || !thread) return row ?? talk;
  await tx.insert(meetings).values({
    inquiryId: thread.id,
    proposedBy: actorId,
    mode: event.place ? "onsite" : "online",
    location: [event.place ?? event.onlineUrl, `#${talk.tableNo}`].filter(Boolean).join(" · "),
    durationMinutes: event.talkMinutes,
    slots: [talk.startsAt],
    acceptedSlot: talk.startsAt,
    status: "accepted",
  });
  await tx.insert(inquiryEvents).values({
    inquiryId: thread.id,
    actorId,
    type: "event_talk",
    data: { eventId: event.id, talkId: talk.id, name: event.name },
  });
  await refreshInquiryFacts(tx, [thread.id]);
  for (const side of ["sme", "distributor"] as const) await postNote(tx, event, row, side, null);
  return row;
}
