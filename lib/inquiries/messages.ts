import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { inquiries, inquiryAttachments, inquiryMessages, inquiryReads, type User } from "@/db/schema";
import { assertEmailVerified } from "@/lib/accounts/verification";
import { PublicError } from "@/lib/errors";
import { nameParam } from "@/lib/notifications/types";
import { requireWritable, viewerOf } from "./access";
import { refreshInquiryFacts } from "./facts";
import { cleanFileName, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE, sniffAttachment, type AttachmentMime } from "./files";
import { chamberName, notifyThread } from "./participants";

export type Upload = { name: string; bytes: Uint8Array };
type CheckedUpload = { fileName: string; mime: AttachmentMime; data: Buffer };

/** Checks every file before anything is written: size, count, and type by its bytes. */
export function checkUploads(uploads: Upload[]): CheckedUpload[] {
  if (uploads.length > MAX_ATTACHMENTS_PER_MESSAGE) throw new PublicError("inquiries.errors.tooManyFiles", "files", { max: MAX_ATTACHMENTS_PER_MESSAGE });
  return uploads.map((upload) => {
    if (upload.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new PublicError("inquiries.errors.fileTooLarge", "files", { name: upload.name });
    if (upload.bytes.byteLength === 0) throw new PublicError("inquiries.errors.fileType", "files", { name: upload.name });
    const mime = sniffAttachment(upload.bytes);
    if (!mime) throw new PublicError("inquiries.errors.fileType", "files", { name: upload.name });
    return { fileName: cleanFileName(upload.name, mime), mime, data: Buffer.from(upload.bytes) };
  });
}

/**
 * Posts a message (and its attachments) as a member of one of the thread's companies or as its
 * chamber's coordinator, and notifies the others, in one transaction.
 */
export async function postMessage(user: User, inquiryId: string, body: string, uploads: Upload[] = []): Promise<string> {
  const files = checkUploads(uploads);
  if (!body.trim() && files.length === 0) throw new PublicError("inquiries.errors.messageRequired", "body");
  const viewer = await viewerOf(user);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { inquiry, role, sme, distributor } = await requireWritable(viewer, inquiryId, tx);
    assertEmailVerified(user);
    const [message] = await tx
      .insert(inquiryMessages)
      .values({ inquiryId: inquiry.id, authorId: user.id, authorSide: role, body: body.trim() })
      .returning({ id: inquiryMessages.id });
    if (files.length > 0) {
      await tx.insert(inquiryAttachments).values(files.map((f) => ({ ...f, size: f.data.byteLength, inquiryId: inquiry.id, messageId: message!.id })));
    }
    await tx
      .update(inquiries)
      .set({ lastMessageAt: sql`now()` })
      .where(eq(inquiries.id, inquiry.id));
    await refreshInquiryFacts(tx, [inquiry.id]);
    await tx
      .insert(inquiryReads)
      .values({ inquiryId: inquiry.id, userId: user.id, lastReadAt: sql`now()` })
      .onConflictDoUpdate({ target: [inquiryReads.inquiryId, inquiryReads.userId], set: { lastReadAt: sql`greatest(${inquiryReads.lastReadAt}, now())` } });
    const actorName = role === "chamber" ? await chamberName(tx, inquiry.chamberId) : nameParam((role === "sme" ? sme : distributor).name);
    await notifyThread(
      tx,
      inquiry,
      { userId: user.id, companyId: viewer.company?.id },
      {
        type: "message_new",
        audience: "everyone",
        payload: { inquiryId: inquiry.id, subject: inquiry.subject, companyName: actorName, messageId: message!.id },
        batchKey: `thread:${inquiry.id}`,
      },
    );
    return message!.id;
  });
}
