import { lookupSessionUser } from "@/lib/auth/session";
import { agendaIcs, readAgenda } from "@/lib/events/agenda";
import { PublicError } from "@/lib/errors";
import { fileNotFound, requestLocale } from "@/lib/http/request-locale";
import { contentDisposition } from "@/lib/inquiries/files";

/** A participant's whole agenda at an event as one calendar file; only an accepted participant has one. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const session = await lookupSessionUser();
  if (session.status !== "active") return fileNotFound(request);
  const agenda = await readAgenda(session.user, id).catch((error: unknown) => {
    if (error instanceof PublicError) return undefined;
    throw error;
  });
  if (!agenda) return fileNotFound(request, session.user.locale);
  return new Response(agendaIcs(agenda, requestLocale(request, session.user.locale)), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": contentDisposition("agenda.ics"),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
