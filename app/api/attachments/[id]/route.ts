import { lookupSessionUser } from "@/lib/auth/session";
import { fileNotFound } from "@/lib/http/request-locale";
import { getAttachmentForReader } from "@/lib/inquiries/attachments";
import { contentDisposition } from "@/lib/inquiries/files";

/**
 * A thread's attachment, only for those who may read the thread. Always a download with its file
 * name, never sniffed, and cached only by the reader's own browser (an attachment never changes).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const session = await lookupSessionUser();
  if (session.status !== "active") return fileNotFound(request);
  const file = await getAttachmentForReader(session.user, id);
  if (!file) return fileNotFound(request, session.user.locale);
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mime,
      "Content-Length": String(file.data.byteLength),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=3600",
      // Opened directly, a file still runs nothing on our origin.
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
