import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  chambers,
  companies,
  companyBlocks,
  inquiryAttachments,
  inquiryEvents,
  inquiryMessages,
  meetings,
  products,
  users,
  type Company,
  type Inquiry,
  type Meeting,
} from "@/db/schema";
import type { Localized } from "@/db/schema/localized";
import type { User } from "@/db/schema";
import { findReadable, viewerOf, type ThreadRole } from "./access";

export type ThreadMessage = {
  id: string;
  authorName: string | null;
  authorSide: "sme" | "distributor" | "chamber";
  body: string;
  createdAt: Date;
  mine: boolean;
};
export type ThreadAttachment = { id: string; messageId: string; fileName: string; mime: string; size: number };
export type ThreadEvent = { id: number; type: string; data: Record<string, unknown>; actorName: string | null; createdAt: Date };

export type ThreadView = {
  inquiry: Inquiry;
  role: ThreadRole;
  sme: Company;
  distributor: Company;
  chamberName: Localized | null;
  productName: Localized | null;
  messages: ThreadMessage[];
  attachments: ThreadAttachment[];
  events: ThreadEvent[];
  meetings: Meeting[];
  /** Either company blocked the other: the thread is read-only for everyone. */
  contactEnded: boolean;
  /** The viewer's company is the one that blocked, so it may lift the block. */
  blockedByViewer: boolean;
  /** The viewer may post, move the stage (and, for companies, propose and answer meetings). */
  canWrite: boolean;
};

/** Everything the thread page shows, or undefined when the viewer may not read the thread. */
export async function getThread(user: User, inquiryId: string): Promise<ThreadView | undefined> {
  const viewer = await viewerOf(user);
  const thread = await findReadable(viewer, inquiryId);
  if (!thread) return undefined;
  const { inquiry, role } = thread;
  const db = await getDb();
  // Every read below is keyed by the thread found above under the viewer's scope.
  const [pair, blocks, chamber, product, messages, attachments, events, meetingRows] = await Promise.all([
    db
      .select()
      .from(companies)
      .where(inArray(companies.id, [inquiry.smeId, inquiry.distributorId])),
    db
      .select()
      .from(companyBlocks)
      .where(
        or(
          and(eq(companyBlocks.blockerId, inquiry.smeId), eq(companyBlocks.blockedId, inquiry.distributorId)),
          and(eq(companyBlocks.blockerId, inquiry.distributorId), eq(companyBlocks.blockedId, inquiry.smeId)),
        ),
      ),
    inquiry.chamberId ? db.select({ name: chambers.name }).from(chambers).where(eq(chambers.id, inquiry.chamberId)) : Promise.resolve([]),
    inquiry.productId
      ? db
          .select({ name: products.name })
          .from(products)
          .where(and(eq(products.id, inquiry.productId), eq(products.companyId, inquiry.smeId)))
      : Promise.resolve([]),
    db
      .select({
        id: inquiryMessages.id,
        authorId: inquiryMessages.authorId,
        authorName: users.name,
        authorSide: inquiryMessages.authorSide,
        body: inquiryMessages.body,
        createdAt: inquiryMessages.createdAt,
      })
      .from(inquiryMessages)
      .leftJoin(users, eq(users.id, inquiryMessages.authorId))
      .where(eq(inquiryMessages.inquiryId, inquiry.id))
      .orderBy(asc(inquiryMessages.createdAt), asc(inquiryMessages.id)),
    db
      .select({
        id: inquiryAttachments.id,
        messageId: inquiryAttachments.messageId,
        fileName: inquiryAttachments.fileName,
        mime: inquiryAttachments.mime,
        size: inquiryAttachments.size,
      })
      .from(inquiryAttachments)
      .where(eq(inquiryAttachments.inquiryId, inquiry.id))
      .orderBy(asc(inquiryAttachments.createdAt)),
    db
      .select({ id: inquiryEvents.id, type: inquiryEvents.type, data: inquiryEvents.data, actorName: users.name, createdAt: inquiryEvents.createdAt })
      .from(inquiryEvents)
      .leftJoin(users, eq(users.id, inquiryEvents.actorId))
      .where(eq(inquiryEvents.inquiryId, inquiry.id))
      .orderBy(asc(inquiryEvents.createdAt), asc(inquiryEvents.id)),
    db.select().from(meetings).where(eq(meetings.inquiryId, inquiry.id)).orderBy(asc(meetings.createdAt)),
  ]);
  const sme = pair.find((c) => c.id === inquiry.smeId);
  const distributor = pair.find((c) => c.id === inquiry.distributorId);
  if (!sme || !distributor) return undefined;
  const contactEnded = blocks.length > 0;
  const live = (c: Company) => c.deletedAt === null && c.status !== "suspended" && c.status !== "rejected";
  const ownSuspended = (role === "sme" || role === "distributor") && viewer.company?.status === "suspended";
  return {
    inquiry,
    role,
    sme,
    distributor,
    chamberName: chamber[0]?.name ?? null,
    productName: product[0]?.name ?? null,
    messages: messages.map(({ authorId, ...m }) => ({ ...m, mine: authorId === user.id })),
    attachments,
    events,
    meetings: meetingRows,
    contactEnded,
    blockedByViewer: blocks.some((b) => b.blockerId === viewer.company?.id),
    canWrite: role !== "platform" && !contactEnded && !ownSuspended && live(sme) && live(distributor),
  };
}
