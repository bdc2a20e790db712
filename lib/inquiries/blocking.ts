import "server-only";
import { getDb } from "@/db/client";
import type { User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { findReadable, viewerOf, type Viewer } from "./access";
import { deleteBlock, insertBlock } from "./blocks";

async function pairOf(viewer: Viewer, inquiryId: string) {
  const thread = await findReadable(viewer, inquiryId);
  if (!thread) throw new PublicError("notFound");
  if (thread.role !== "sme" && thread.role !== "distributor") throw new PublicError("forbidden");
  const own = viewer.company!;
  // Blocking closes the other side's open deals: a suspended company reads, but changes nothing.
  if (own.status === "suspended") throw new PublicError("companySuspended");
  const other = thread.role === "sme" ? thread.inquiry.distributorId : thread.inquiry.smeId;
  return { own, other };
}

/**
 * The viewer's company blocks the other company of a thread: contact ends both ways and their
 * open deals close. The blocked company is named by the thread, never by a form field.
 */
export async function blockFromThread(user: User, inquiryId: string): Promise<void> {
  const { own, other } = await pairOf(await viewerOf(user), inquiryId);
  const db = await getDb();
  await db.transaction((tx) => insertBlock(tx, user.id, own.id, other));
}

/** Lifts a block the viewer's own company set; a block set by the other company stays. */
export async function unblockFromThread(user: User, inquiryId: string): Promise<void> {
  const { own, other } = await pairOf(await viewerOf(user), inquiryId);
  const db = await getDb();
  const removed = await db.transaction((tx) => deleteBlock(tx, own.id, other));
  if (!removed) throw new PublicError("notFound");
}
