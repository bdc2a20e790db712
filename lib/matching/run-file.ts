import "server-only";
// The `match` CLI's work: a fresh in-memory database, the real import, the real recompute.
import { openPglite, setDbHandle } from "@/db/client";
import { importExchange } from "@/lib/exchange/import";
import { formatErrors, parseExchangeText } from "@/lib/exchange/validate";
import { reasonToEnglish } from "./reason-text";
import { recomputeAll } from "./recompute-all";
import { topListsByRef, type TopEntry } from "./top-lists";

export type MatchFileResult = { ok: true; lists: Record<string, TopEntry[]>; refs: string[] } | { ok: false; errors: string };

/**
 * Loads an exchange document into a fresh embedded PGlite (never the configured database), matches
 * it and returns every company's top `top` partners. Leaves the database open for the caller to
 * read further; call closeDb() (db/client) when done.
 */
export async function matchExchangeText(text: string, top: number): Promise<MatchFileResult> {
  const parsed = parseExchangeText(text, { unknownFields: "ignore" });
  if (!parsed.ok) return { ok: false, errors: formatErrors(parsed.errors) };
  const handle = await openPglite(undefined);
  setDbHandle(handle);
  await handle.migrate();
  await importExchange(parsed.doc);
  // The exchange format's `match` ranks by fit, as its fixtures are graded (../shared/fixtures,
  // README: product, channel, region, commerce, language): China's import rules are not part of
  // that grade. The app's own lists apply them (README "Market access and landed price").
  await recomputeAll({ marketAccess: false });
  const lists = await topListsByRef(handle.db, top);
  const refs = parsed.doc.companies.map((c) => c.ref);
  for (const ref of refs) lists[ref] ??= [];
  return { ok: true, lists, refs };
}

/** The spec's output document, with reasons as English sentences. */
export function matchOutput(
  lists: Record<string, TopEntry[]>,
  refs: string[],
): { matches: Record<string, { ref: string; score: number; reasons: string[] }[]> } {
  const matches: Record<string, { ref: string; score: number; reasons: string[] }[]> = {};
  for (const ref of [...refs].sort()) {
    matches[ref] = (lists[ref] ?? []).map((e) => ({ ref: e.ref, score: e.score, reasons: e.reasons.map(reasonToEnglish) }));
  }
  return { matches };
}
