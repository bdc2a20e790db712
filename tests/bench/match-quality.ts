// `npm run bench:match [-- --fixture FILE]`: runs the `match` CLI's own pipeline on a matching
// fixture and prints nDCG@5 and P@3 (exchange spec definitions) per judged company and on average,
// next to the HS-overlap-only baseline computed on the same imported data.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db/client";
import { pairAccess } from "@/lib/access/summary";
import { baselineLists } from "@/lib/matching/baseline";
import { buildFeatures } from "@/lib/matching/features";
import { inferCodes } from "@/lib/matching/infer";
import { loadRawProfiles } from "@/lib/matching/load";
import { evaluate, type Judgments } from "@/lib/matching/metrics";
import { matchExchangeText } from "@/lib/matching/run-file";

console.log = console.error;
const { values } = parseArgs({ options: { fixture: { type: "string" } } });
const file = values.fixture ?? path.resolve(process.cwd(), "../shared/fixtures/matching-sample.json");
const text = readFileSync(file, "utf8");
const judgments = (JSON.parse(text) as { judgments?: Judgments }).judgments ?? {};

const result = await matchExchangeText(text, 5);
if (!result.ok) {
  process.stderr.write(`${result.errors}\n`);
  process.exit(1);
}
const features = (await loadRawProfiles(await getDb())).map((raw) => buildFeatures(raw, inferCodes));
await closeDb();

const ours = evaluate(Object.fromEntries(Object.entries(result.lists).map(([ref, list]) => [ref, list.map((e) => e.ref)])), judgments);
const base = evaluate(baselineLists(features, 5), judgments);
const baseByRef = new Map(base.rows.map((r) => [r.ref, r]));

const out = process.stdout;
out.write(`fixture: ${file}\n\n`);
out.write(`${"company".padEnd(24)}${"nDCG@5".padStart(8)}${"P@3".padStart(8)}   ${"baseline nDCG@5".padStart(15)}${"P@3".padStart(8)}   top 5\n`);
for (const row of ours.rows) {
  const b = baseByRef.get(row.ref)!;
  const top = (result.lists[row.ref] ?? []).map((e) => `${e.ref}${judgments[row.ref]?.[e.ref] ? `(${judgments[row.ref]![e.ref]})` : ""}`).join(" ");
  out.write(
    `${row.ref.padEnd(24)}${row.ndcg5.toFixed(3).padStart(8)}${row.p3.toFixed(3).padStart(8)}   ${b.ndcg5.toFixed(3).padStart(15)}${b.p3.toFixed(3).padStart(8)}   ${top}\n`,
  );
}
out.write(
  `\n${"mean".padEnd(24)}${ours.ndcg5.toFixed(4).padStart(8)}${ours.p3.toFixed(4).padStart(8)}   ${base.ndcg5.toFixed(4).padStart(15)}${base.p3.toFixed(4).padStart(8)}\n`,
);
out.write(
  `\nnDCG@5 ${ours.ndcg5.toFixed(4)}  P@3 ${ours.p3.toFixed(4)}  (HS-overlap baseline: nDCG@5 ${base.ndcg5.toFixed(4)}  P@3 ${base.p3.toFixed(4)}) over ${ours.rows.length} judged companies\n`,
);

// The judgments grade fit alone, and so does the `match` CLI (lib/matching/run-file.ts). The app's
// own lists also apply China's import rules (lib/access): they leave out the pairs whose every
// route is blocked (Niigata food, tea). The same lists without those pairs show what that costs
// against these judgments.
const byRef = new Map(features.map((f) => [f.ref, f]));
const blocked = (a: string, b: string) => {
  const [sme, dist] = byRef.get(a)?.kind === "sme" ? [byRef.get(a), byRef.get(b)] : [byRef.get(b), byRef.get(a)];
  return Boolean(sme && dist && pairAccess(sme.access, dist.channels, sme.targetChannels).o === "block");
};
const dropped = Object.entries(judgments).reduce((n, [ref, judged]) => n + Object.keys(judged).filter((other) => blocked(ref, other)).length, 0);
const lawful = evaluate(
  Object.fromEntries(Object.entries(result.lists).map(([ref, list]) => [ref, list.map((e) => e.ref).filter((other) => !blocked(ref, other))])),
  judgments,
);
out.write(
  `with market access applied as in the app (${dropped} judged pairs blocked): nDCG@5 ${lawful.ndcg5.toFixed(4)}  P@3 ${lawful.p3.toFixed(4)} over ${lawful.rows.length} judged companies\n`,
);
