import { isAdmin } from "@/lib/auth/assert";
import { lookupSessionUser } from "@/lib/auth/session";
import { chamberExport, exportKinds } from "@/lib/chamber/exports";
import { consoleScope, type ConsoleScope } from "@/lib/chamber/access";
import { PublicError } from "@/lib/errors";
import { contentDisposition } from "@/lib/inquiries/files";
import { fileNotFound, requestLocale } from "@/lib/http/request-locale";
import { optionalParam, readSearchParams } from "@/lib/http/search-params";
import { locales } from "@/lib/i18n/routing";
import { z } from "zod";

const exportSearchSchema = z.object({ chamber: optionalParam(z.string()), locale: optionalParam(z.enum(locales)) });

/**
 * A chamber's members, listings or deals as CSV, or its companies in the exchange format, for its
 * admins (platform admins: any chamber, or all). `?locale=` sets the headers' language; a chamber
 * admin naming another chamber gets the same 404 as a stranger.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }): Promise<Response> {
  const { kind: raw } = await params;
  const kind = exportKinds.find((k) => k === raw);
  const session = await lookupSessionUser();
  if (!kind || session.status !== "active" || !isAdmin(session.user)) return fileNotFound(request);
  // Lenient like the console's pages: an unknown language falls back to the request's.
  const search = readSearchParams(exportSearchSchema, new URL(request.url).searchParams);
  let scope: ConsoleScope;
  try {
    scope = consoleScope(session.user, search.chamber);
  } catch (error) {
    if (error instanceof PublicError) return fileNotFound(request, session.user.locale);
    throw error;
  }
  const locale = search.locale ?? requestLocale(request, session.user.locale);
  const file = await chamberExport(scope, kind, locale);
  return new Response(file.body, {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": contentDisposition(file.fileName),
      "Content-Language": locale,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
