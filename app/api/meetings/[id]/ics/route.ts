import { lookupSessionUser } from "@/lib/auth/session";
import { fileNotFound } from "@/lib/http/request-locale";
import { contentDisposition } from "@/lib/inquiries/files";
import { meetingIcs } from "@/lib/inquiries/ics";

/** The accepted meeting as a calendar file, or its cancellation once called off, for those who may read its thread. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const session = await lookupSessionUser();
  const ics = session.status === "active" ? await meetingIcs(session.user, id) : undefined;
  if (!ics) return fileNotFound(request, session.status === "active" ? session.user.locale : undefined);
  return new Response(ics.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": contentDisposition(ics.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
