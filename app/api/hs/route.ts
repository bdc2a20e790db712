import { z } from "zod";
import { safeReadSearchParams } from "@/lib/http/search-params";
import { locales } from "@/lib/i18n/routing";
import { hsName, isValidHsCode, searchHs } from "@/lib/hs/nomenclature";

// The nomenclature is public reference data (no tenant, no session): anyone may search it, and
// shared caches may keep answers, which change only with a deploy.
const MAX_RESULTS = 20;

const paramsSchema = z.object({
  q: z.string().trim().max(100).default(""),
  locale: z.enum(locales).default("en"),
  // An exact code to name (the picker showing its saved value); 6 digits name their heading.
  code: z.string().trim().refine(isValidHsCode).optional(),
});

export type HsApiResponse = { results: { code: string; name: string }[] };

export function GET(request: Request): Response {
  const parsed = safeReadSearchParams(paramsSchema, new URL(request.url).searchParams);
  if (!parsed.success) {
    return Response.json({ error: "invalid_parameters" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const { q, locale, code } = parsed.data;
  let results: HsApiResponse["results"];
  if (code) {
    const name = hsName(code, locale);
    results = name ? [{ code, name }] : [];
  } else {
    results = searchHs(q, locale, MAX_RESULTS);
  }
  return Response.json({ results } satisfies HsApiResponse, {
    headers: { "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" },
  });
}
