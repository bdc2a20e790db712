// The search form's URL parameters: parsed leniently, since a bad value in a shared link should
// drop that filter rather than fail the page.
import { z } from "zod";
import { channelTypes, searchItemKinds } from "@/db/schema";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

export const searchSorts = ["relevance", "newest"] as const;
export const searchPageSize = 20;

const optional = optionalParam;
const amount = optional(z.coerce.number().int().min(0).max(2_000_000_000));

export const searchParamsSchema = z.object({
  q: optional(z.string().trim().max(200)).transform((v) => v || undefined),
  type: optional(z.enum(searchItemKinds)),
  hs: optional(z.string().regex(/^(\d{2}|\d{4})$/)),
  region: optional(z.string().regex(/^(CN|JP|CN-[A-Z]{2}|JP-\d{2})$/)),
  channel: optional(z.enum(channelTypes)),
  priceMin: amount,
  priceMax: amount,
  moqMax: amount,
  lang: optional(z.string().regex(/^[a-z]{2}$/)),
  chamber: optional(z.uuid()),
  /** Distributors: only goods China lets in through one of their channels (lib/access). */
  importable: optional(z.literal("1")),
  sort: z.enum(searchSorts).catch("relevance").default("relevance"),
  page: z.coerce.number().int().min(1).max(500).catch(1).default(1),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;
export type SearchFilterKey = "type" | "hs" | "region" | "channel" | "lang" | "chamber";

/** Reads the search page's searchParams (a value may come as an array when repeated: the first one wins). */
export function parseSearchParams(raw: PageSearchParams): SearchParams {
  return readSearchParams(searchParamsSchema, raw);
}

/** The URL query for `params` with `changes` applied; a changed filter sends the reader to page 1. */
export function searchHref(params: SearchParams, changes: Partial<Record<keyof SearchParams, string | number | undefined>> = {}): string {
  const merged: Record<string, string | number | undefined> = { ...params, ...("page" in changes ? {} : { page: undefined }), ...changes };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    if (key === "sort" && value === "relevance") continue;
    if (key === "page" && Number(value) <= 1) continue;
    query.set(key, String(value));
  }
  const s = query.toString();
  return s ? `/search?${s}` : "/search";
}
