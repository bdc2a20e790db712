import { z } from "zod";
import { digestFrequencies, type SavedSearchParams } from "@/db/schema/saved-searches";
import { searchParamsSchema, type SearchParams } from "@/lib/search/params";

export const maxSavedSearches = 20;

/** The save form: a name, how often, an optional match threshold, and the search's own fields (hidden inputs). */
export const saveSearchSchema = searchParamsSchema.omit({ sort: true, page: true }).extend({
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
  frequency: z.enum(digestFrequencies, { message: "savedSearches.errors.frequency" }),
  matchThreshold: z
    .union([
      z.literal(""),
      z.coerce.number().int("savedSearches.errors.threshold").min(1, "savedSearches.errors.threshold").max(100, "savedSearches.errors.threshold"),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
});
export type SaveSearchInput = z.output<typeof saveSearchSchema>;

const paramKeys = ["q", "type", "hs", "region", "channel", "lang", "chamber", "priceMin", "priceMax", "moqMax"] as const;

/** The search fields of a save form, as stored (unset ones left out). */
export function storedParams(input: Partial<SearchParams>): SavedSearchParams {
  const out: Record<string, string | number> = {};
  for (const key of paramKeys) if (input[key] !== undefined) out[key] = input[key];
  return out as SavedSearchParams;
}

/** Stored params as a search: read through the same lenient schema as a URL, newest first. */
export function searchOf(params: SavedSearchParams): SearchParams {
  return { ...searchParamsSchema.parse(params), sort: "newest", page: 1 };
}
