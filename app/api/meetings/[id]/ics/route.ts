import { lookupSessionUser } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/inquiries/files";
import { meetingIcs } from "@/lib/inquiries/ics";

/** The accepted meeting as a calendar file, for those who may read its thread. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const session = await lookupSessionUser();
  const ics = session.status === "active" ? await meetingIcs(session.user, id) : undefined;
  if (!ics) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(ics.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": contentDisposition(ics.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
