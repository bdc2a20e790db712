// Facet value sets: each search row references its regions, channel types, languages and HS
// chapters as sets stored once in search_facet_sets, so a facet counts rows by one integer.
import { createHash } from "node:crypto";
import type { NewSearchFacetSet, NewSearchItem } from "@/db/schema";

export type FacetSetColumn = "hsChaptersSet" | "regionsSet" | "channelTypesSet" | "languagesSet";
type Values = { hsChapters: string[]; regions?: string[]; channelTypes?: string[]; languages?: string[] };

const sources: [FacetSetColumn, (row: Values) => string[] | undefined][] = [
  ["hsChaptersSet", (r) => r.hsChapters],
  ["regionsSet", (r) => r.regions],
  ["channelTypesSet", (r) => r.channelTypes],
  ["languagesSet", (r) => r.languages],
];

/**
 * A set's id: the first 53 bits of the SHA-256 of its sorted values, exact as a JS number and an
 * int8. The same values always get the same id, so rows indexed apart share their sets; two of
 * some thousands of sets meet on an id with odds of about one in a hundred million.
 */
export function facetSet(values: string[]): NewSearchFacetSet & { id: number } {
  const key = JSON.stringify(values);
  const known = hashed.get(key);
  if (known) return { id: known.id, values: [...known.values] };
  const sorted = [...new Set(values)].sort();
  const digest = createHash("sha256").update(sorted.join("\u001f")).digest();
  const set = { id: Number(digest.readBigUInt64BE(0) >> 11n), values: sorted };
  if (hashed.size >= 10_000) hashed.clear();
  hashed.set(key, { id: set.id, values: [...sorted] });
  return set;
}

// Thousands of rows share a few thousand sets: each is hashed once (bounded; starts over when full).
const hashed = new Map<string, { id: number; values: readonly string[] }>();

/** Names the sets of rows' facet values, and keeps each distinct set to store it. */
export class FacetSets {
  private readonly sets = new Map<number, NewSearchFacetSet>();

  idsOf(row: Values): Pick<NewSearchItem, FacetSetColumn> {
    return Object.fromEntries(
      sources.map(([column, valuesOf]) => {
        const set = facetSet(valuesOf(row) ?? []);
        this.sets.set(set.id, set);
        return [column, set.id];
      }),
    ) as Record<FacetSetColumn, number>;
  }

  /** In id order, so that two transactions adding the same new sets never wait on each other in a cycle. */
  all(): NewSearchFacetSet[] {
    return [...this.sets.values()].sort((a, b) => a.id - b.id);
  }
}
