// The HS-overlap-only baseline the quality benchmark compares against: a partner fits when one of
// the SME's product codes (declared or inferred) and one of the distributor's codes (its own or a
// need's) overlap at any level of the hierarchy; fits are listed by ref. Nothing else is used.
import type { Features } from "./types";

function overlaps(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export function hsOverlap(sme: Features, dist: Features): number {
  const distCodes = [...dist.hsCodes, ...dist.needs.flatMap((n) => (n.code ? [n.code] : []))];
  const codes = sme.products.flatMap((p) => (p.code ? [p.code] : []));
  return codes.some((c) => distCodes.some((d) => overlaps(c, d))) ? 1 : 0;
}

/** Each company's partners with a positive overlap, best first, ties by ref. */
export function baselineLists(all: readonly Features[], top: number): Record<string, string[]> {
  const lists: Record<string, { ref: string; score: number }[]> = {};
  for (const f of all) lists[f.ref] = [];
  for (const sme of all.filter((f) => f.kind === "sme")) {
    for (const dist of all.filter((f) => f.kind === "distributor")) {
      const score = hsOverlap(sme, dist);
      if (score <= 0) continue;
      lists[sme.ref]!.push({ ref: dist.ref, score });
      lists[dist.ref]!.push({ ref: sme.ref, score });
    }
  }
  return Object.fromEntries(
    Object.entries(lists).map(([ref, list]) => [
      ref,
      list
        .sort((a, b) => b.score - a.score || (a.ref < b.ref ? -1 : 1))
        .slice(0, top)
        .map((e) => e.ref),
    ]),
  );
}
