import { lookupSessionUser } from "@/lib/auth/session";
import { fileNotFound } from "@/lib/http/request-locale";
import { contentDisposition } from "@/lib/inquiries/files";
import { getDocumentForReader } from "@/lib/trust/documents";

/**
 * A company's evidence file (licence, certificate), only for the company, its chamber and
 * partners in talks with it. A download with its file name, never sniffed, like an attachment.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const session = await lookupSessionUser();
  if (session.status !== "active") return fileNotFound(request);
  const file = await getDocumentForReader(session.user, id);
  if (!file) return fileNotFound(request, session.user.locale);
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mime,
      "Content-Length": String(file.data.byteLength),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      // A document can be replaced or its reader lose access: not kept beyond this answer.
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
