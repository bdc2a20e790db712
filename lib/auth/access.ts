import "server-only";
import { notFound } from "next/navigation";
import type { User, UserRole } from "@/db/schema";
import { requestLocale } from "@/lib/http/request-locale";
import type { MessageKey } from "@/lib/i18n/keys";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { isAdmin } from "./assert";
import { lookupSessionUser } from "./session";

/**
 * For protected pages: the active user, or a redirect to sign-in (with the page to come back to).
 * proxy.ts only redirects optimistically on the cookie; this is the real check.
 */
export async function requireUser(locale: Locale, returnTo: string): Promise<User> {
  const session = await lookupSessionUser();
  if (session.status === "active") return session.user;
  const query = session.status === "refused" ? { error: "suspended", callbackUrl: `/${locale}${returnTo}` } : { callbackUrl: `/${locale}${returnTo}` };
  return redirect({ href: { pathname: "/sign-in", query }, locale });
}

/** For admin pages: a chamber or platform admin, or the not-found page for anyone else. */
export async function requireAdmin(locale: Locale, returnTo: string): Promise<User> {
  const user = await requireUser(locale, returnTo);
  if (!isAdmin(user)) notFound();
  return user;
}

/** Room in a multipart body for the boundaries, part headers and small fields around the files. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

export type UploadGuard = {
  roles: readonly UserRole[];
  /** The largest body the route takes: its files' own limits plus FORM_OVERHEAD_BYTES. */
  maxBytes: number;
  /** The message for a larger body, and the form field it is shown under. */
  tooLarge: { key: MessageKey; field: string };
};

/**
 * Reads the multipart body of an upload route, but only after the checks that need none of it:
 * the request comes from our own pages (route handlers get no Origin check from Next, unlike
 * server actions), a signed-in active user with one of the roles sent it, and its declared length
 * is within maxBytes. A body that declares no length is cut off at maxBytes. Returns the form,
 * or the response refusing the request. The action the route then runs checks the user again.
 */
export async function readUploadForm(request: Request, guard: UploadGuard): Promise<FormData | Response> {
  // The form names its locale too, but these answers come before the form is read.
  const t = translatorFor(requestLocale(request));
  if (!sameOrigin(request)) return refuse(403, { message: t("errors.forbidden") });
  const session = await lookupSessionUser();
  if (session.status === "signed_out") return refuse(401, { message: t("errors.signInRequired") });
  if (session.status === "refused") return refuse(403, { message: t("errors.accountSuspended") });
  if (!guard.roles.includes(session.user.role)) return refuse(403, { message: t("errors.forbidden") });
  const tooLarge = () => refuse(413, { fieldErrors: { [guard.tooLarge.field]: [t(guard.tooLarge.key)] } });
  // Node holds a request to its Content-Length, so the declared length bounds what follows.
  if (Number(request.headers.get("content-length")) > guard.maxBytes) return tooLarge();
  const form = await readCapped(request, guard.maxBytes);
  if (form === "tooLarge") return tooLarge();
  return form ?? refuse(400, {});
}

function refuse(status: number, body: { message?: string; fieldErrors?: Record<string, string[]> }): Response {
  return Response.json({ ok: false, ...body }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Browsers send Origin with every POST. A request without one is not from a browser, so it
 * carries no cookie its sender did not choose to send; Next lets server actions through on the
 * same terms, and compares the same headers.
 */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || new URL(request.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function readCapped(request: Request, maxBytes: number): Promise<FormData | "tooLarge" | undefined> {
  if (!request.body) return undefined;
  let received = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBytes) controller.error(new RangeError("upload over its limit"));
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(counted, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return received > maxBytes ? "tooLarge" : undefined;
  }
}
