import { z } from "zod";
import { safeReadSearchParams } from "@/lib/http/search-params";
import { locales, routing } from "@/lib/i18n/routing";
import { stopByToken } from "@/lib/saved-searches/store";

// The digest email's one-click stop: no session (the reader may be signed out, on another device);
// the saved search's own random token is the whole authority, and it can only stop that digest.
const paramsSchema = z.object({ token: z.string().trim().max(100).default(""), locale: z.enum(locales).catch(routing.defaultLocale) });

/** The link in the email: stops the digest and shows that it did. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = safeReadSearchParams(paramsSchema, url.searchParams);
  const locale = parsed.success ? parsed.data.locale : routing.defaultLocale;
  const stopped = parsed.success && (await stopByToken(parsed.data.token));
  const target = new URL(`/${locale}/digest-stopped?result=${stopped ? "stopped" : "invalid"}`, url);
  return new Response(null, {
    status: 303,
    headers: { Location: target.pathname + target.search, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}

/** RFC 8058 one-click from the mail client's own button (List-Unsubscribe-Post): the token is in the URL, the body says nothing more. */
export async function POST(request: Request): Promise<Response> {
  const parsed = safeReadSearchParams(paramsSchema, new URL(request.url).searchParams);
  const stopped = parsed.success && (await stopByToken(parsed.data.token));
  return new Response(null, { status: stopped ? 204 : 404, headers: { "Cache-Control": "no-store" } });
}
