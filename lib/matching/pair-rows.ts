// Scored pairs as rows of the matches table in PostgreSQL's COPY text format: one line a pair,
// tab-separated, written by whichever thread scored them and streamed to the database as is.
import type { ScoredPair } from "./types";

/** The columns encodePairs writes, in order (computed_at takes its default, the transaction's now()). */
export const pairColumns = "matches (sme_id, distributor_id, score, reasons)";

// COPY's text format gives backslash, tab, newline and carriage return a meaning. JSON.stringify
// already writes the last three as escapes inside strings, so only backslashes need doubling.
const copyField = (json: string) => (json.includes("\\") ? json.replaceAll("\\", "\\\\") : json);

export function encodePairs(pairs: readonly ScoredPair[]): string {
  let out = "";
  for (const p of pairs) out += `${p.smeId}\t${p.distributorId}\t${p.score}\t${copyField(JSON.stringify(p.reasons))}\n`;
  return out;
}
