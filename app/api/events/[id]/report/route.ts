import { lookupSessionUser } from "@/lib/auth/session";
import { eventReport, reportCsv } from "@/lib/events/report";
import { PublicError } from "@/lib/errors";
import { fileNotFound, requestLocale } from "@/lib/http/request-locale";
import { isLocale } from "@/lib/i18n/routing";
import { contentDisposition } from "@/lib/inquiries/files";

/** The event report as CSV, for the organizer chamber's admins; anyone else gets the same 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const session = await lookupSessionUser();
  if (session.status !== "active") return fileNotFound(request);
  const report = await eventReport(session.user, id).catch((error: unknown) => {
    if (error instanceof PublicError) return undefined;
    throw error;
  });
  if (!report) return fileNotFound(request, session.user.locale);
  const asked = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(asked) ? asked : requestLocale(request, session.user.locale);
  return new Response(reportCsv(report, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition("event-report.csv"),
      "Content-Language": locale,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
