import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { inquiries, inquiryAttachments, type User } from "@/db/schema";
import { isUuid, readableScope, viewerOf } from "./access";

/** An attachment's bytes for someone allowed to read its thread; anyone else finds nothing. */
export async function getAttachmentForReader(user: User, attachmentId: string) {
  const scope = readableScope(await viewerOf(user));
  if (!scope || !isUuid(attachmentId)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select({ id: inquiryAttachments.id, fileName: inquiryAttachments.fileName, mime: inquiryAttachments.mime, data: inquiryAttachments.data })
    .from(inquiryAttachments)
    .innerJoin(inquiries, eq(inquiries.id, inquiryAttachments.inquiryId))
    .where(and(eq(inquiryAttachments.id, attachmentId), scope))
    .limit(1);
  return row;
}
