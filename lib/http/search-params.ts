// The one way to read URL search params: a page's `searchParams` (a repeated parameter arrives as
// an array) or a route handler's URLSearchParams, through a zod schema. Pages parse leniently (a bad
// value in a shared link drops that filter rather than failing the page); route handlers answer 400.
import { z } from "zod";

/** What Next hands a page as `await searchParams`. */
export type PageSearchParams = Record<string, string | string[] | undefined>;
/** A page's search params, or a route handler's `url.searchParams`. */
export type RawSearchParams = PageSearchParams | URLSearchParams;

/** One string per parameter: the first of a repeated one; empty values count as absent. */
function flatten(raw: RawSearchParams): Record<string, string> {
  const entries = raw instanceof URLSearchParams ? [...raw.keys()].map((k) => [k, raw.get(k)] as const) : Object.entries(raw);
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first !== "") out[key] = first;
  }
  return out;
}

/** Parses search params with a schema whose fields never fail (see `optionalParam`, `pageParam`). */
export function readSearchParams<S extends z.ZodType>(schema: S, raw: RawSearchParams): z.output<S> {
  return schema.parse(flatten(raw));
}

/** Parses search params strictly, for route handlers that refuse bad input. */
export function safeReadSearchParams<S extends z.ZodType>(schema: S, raw: RawSearchParams) {
  return schema.safeParse(flatten(raw));
}

/** `values` without its undefined entries, e.g. to build a link's query from parsed params. */
export function definedOnly<T extends Record<string, string | undefined>>(values: T): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** A parameter that reads as absent when it is missing or invalid. */
export const optionalParam = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * The zero-based page a `?page=` parameter asks for. Anything but a small whole number reads as
 * the first page, and pages stop at MAX_PAGE_INDEX: `?page=99999999999999999999` would otherwise
 * become an OFFSET beyond PostgreSQL's bigint and a 500.
 */
export const MAX_PAGE_INDEX = 1000;

export function pageIndex(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,7}$/.test(value.trim())) return 0;
  return Math.min(Number(value.trim()), MAX_PAGE_INDEX);
}

/** `?page=` as a schema field: the zero-based page index, 0 for anything unreadable. */
export const pageParam = optionalParam(z.string()).transform((value) => pageIndex(value));
