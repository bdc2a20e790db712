import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildFeatures } from "@/lib/matching/features";
import { encodePairs } from "@/lib/matching/pair-rows";
import { MIN_SCORE, buildCorpus, rankAll } from "@/lib/matching/rank";
import { rankInWorkers } from "@/lib/matching/rank-parallel";
import { prepare, scorePair } from "@/lib/matching/score";
import { quotedText } from "@/lib/matching/features";
import type { Features, MatchReason, RawProfile } from "@/lib/matching/types";
import { normalizeText } from "@/lib/text/normalize";
import { profilesFromExchange } from "@/tests/bench/fixture-profiles";
import { noInference } from "./matching-fixtures";

const sample = JSON.parse(readFileSync(path.resolve(process.cwd(), "../shared/fixtures/matching-sample.json"), "utf8"));
const hard = JSON.parse(readFileSync(path.resolve(process.cwd(), "../shared/fixtures/matching-hard-sample.json"), "utf8"));
const features = profilesFromExchange(sample).map((r) => buildFeatures(r, noInference));
const smes = features.filter((f) => f.kind === "sme");
const dists = features.filter((f) => f.kind === "distributor");

const textOf = (v: unknown): string => (v && typeof v === "object" ? Object.values(v as Record<string, string>).join(" ") : String(v ?? ""));

/** Every text a raw profile holds, normalized: where a quoted word must be found. */
function rawText(raw: RawProfile, product?: unknown): string {
  const products = raw.products.filter((p) => product === undefined || JSON.stringify(quotedText(p.name)) === JSON.stringify(product));
  const parts = [
    textOf(raw.description),
    ...raw.channels.map((c) => textOf(c.description)),
    ...products.flatMap((p) => [textOf(p.name), textOf(p.description), ...p.keywords, p.hsCode ?? ""]),
    ...raw.needs.map((n) => textOf(n.description)),
  ];
  return normalizeText(parts.join(" "));
}

const quotes = (haystack: string, word: unknown) => String(word).length > 0 && haystack.includes(normalizeText(String(word)));

function checkFacts(reason: MatchReason, sme: Features, dist: Features, rawSme: RawProfile, rawDist: RawProfile): boolean {
  const p = reason.params;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const product = (name: unknown, code?: unknown) => sme.products.some((x) => same(x.name, name) && (code === undefined || x.code === code));
  // A product, or a profile without products quoting its own description.
  const offer = (name: unknown) => product(name) || same(sme.about, name);
  const offerText = (name: unknown) => (product(name) ? rawText(rawSme, name) : rawText(rawSme));
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : [String(v)]);
  const needItem = (item: unknown) =>
    dist.needs.some((n) => n.items.some((i) => same(i.text, item)) && normalizeText(textOf(n.text)).includes(normalizeText(textOf(item))));
  switch (reason.code) {
    case "hs":
    case "hs_chapter":
      return dist.hsCodes.includes(String(p.code)) && product(p.product) && quotes(offerText(p.product), p.productCode);
    case "hs_need":
      return dist.needs.some((n) => same(n.text, p.need) && n.code === p.code && !n.inferred) && offer(p.product);
    case "goods_need":
    case "goods_related":
      return needItem(p.need) && quotes(normalizeText(textOf(p.need)), p.needWord) && offer(p.product) && quotes(offerText(p.product), p.productWord);
    case "goods_code":
      return dist.hsCodes.includes(String(p.code)) && offer(p.product) && quotes(offerText(p.product), p.productWord);
    case "goods_line":
      return quotes(rawText(rawDist), p.line) && offer(p.product) && quotes(offerText(p.product), p.productWord);
    case "need_text":
      return dist.needs.some((n) => same(n.text, p.need)) && product(p.product);
    case "description_text":
      return product(p.product);
    case "channel":
      return list(p.channels).every((c) => sme.targetChannels.includes(c) && dist.channels.some((ch) => ch.type === c));
    case "region": {
      // Reach counts only through a channel of a type the SME wants.
      const channel = dist.channels.find((ch) => ch.type === p.channel);
      const regions = list(p.regions);
      const wanted = sme.targetChannels.length === 0 || sme.targetChannels.includes(String(p.channel));
      return (
        Boolean(channel) &&
        wanted &&
        (sme.targetRegions.includes("CN") ? regions.every((r) => channel!.regions.includes(r)) : regions.every((r) => sme.targetRegions.includes(r)))
      );
    }
    case "language":
      return list(p.languages).every((l) => sme.languages.includes(l) && dist.languages.includes(l));
    case "min_order":
      return (
        p.minOrder === dist.minOrderJpy &&
        Number(p.orderValue) >= Number(p.minOrder) &&
        sme.products.some((x) => same(x.name, p.product) && x.moq !== null && x.moq * (x.priceMax ?? x.priceMin ?? 0) === p.orderValue)
      );
    case "need_price":
      return dist.needs.some((n) => same(n.text, p.need)) && product(p.product);
    case "chamber_sme":
      return sme.chamber;
    case "chamber_distributor":
      return dist.chamber;
    default:
      return false;
  }
}

describe("ranking the sample fixture", () => {
  const corpus = buildCorpus(features);
  const pairs = rankAll(smes, dists, corpus);

  it("finds through its indexes every pair that a brute-force scan scores above the threshold", () => {
    const brute: string[] = [];
    for (const s of smes)
      for (const d of dists) {
        if (scorePair(prepare(s, corpus), prepare(d, corpus), corpus).score >= MIN_SCORE) brute.push(`${s.ref}|${d.ref}`);
      }
    const byId = new Map(features.map((f) => [f.id, f.ref]));
    expect(pairs.map((p) => `${byId.get(p.smeId)}|${byId.get(p.distributorId)}`).sort()).toEqual(brute.sort());
    expect(brute.length).toBeGreaterThan(10);
  });

  it("keeps exactly the pairs an exhaustive scoring puts in either side's top list", () => {
    // With room for one partner the lists fill at once, so the ranker skips pairs below both cutoffs.
    const keep = 1;
    const scored = smes.flatMap((s) =>
      dists.map((d) => ({ s, d, score: scorePair(prepare(s, corpus), prepare(d, corpus), corpus).score })).filter((p) => p.score >= MIN_SCORE),
    );
    const best = (list: typeof scored, ref: (p: (typeof scored)[number]) => string) =>
      [...list].sort((a, b) => b.score - a.score || (ref(a) < ref(b) ? -1 : 1)).slice(0, keep);
    const expected = new Set<string>();
    for (const s of smes)
      for (const p of best(
        scored.filter((p) => p.s === s),
        (p) => p.d.ref,
      ))
        expected.add(`${p.s.id}|${p.d.id}|${p.score}`);
    for (const d of dists)
      for (const p of best(
        scored.filter((p) => p.d === d),
        (p) => p.s.ref,
      ))
        expected.add(`${p.s.id}|${p.d.id}|${p.score}`);
    const ranked = rankAll(smes, dists, corpus, { keep }).map((p) => `${p.smeId}|${p.distributorId}|${p.score}`);
    expect(new Set(ranked)).toEqual(expected);
    expect(ranked.length).toBe(expected.size);
    expect(expected.size).toBeLessThan(scored.length);
  });

  it("keeps every score in [0, 1]", () => {
    for (const p of pairs) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
  });

  it("gives reasons that only name facts present in both profiles, quoting words found on each side", () => {
    for (const fixture of [sample, hard]) {
      const raws = profilesFromExchange(fixture);
      const all = raws.map((r) => buildFeatures(r, noInference));
      const byId = new Map(all.map((f) => [f.id, f]));
      const rawById = new Map(raws.map((r) => [r.id, r]));
      const ranked = rankAll(
        all.filter((f) => f.kind === "sme"),
        all.filter((f) => f.kind === "distributor"),
        buildCorpus(all),
      );
      const bad = ranked.flatMap((p) =>
        p.reasons
          .filter((r) => !checkFacts(r, byId.get(p.smeId)!, byId.get(p.distributorId)!, rawById.get(p.smeId)!, rawById.get(p.distributorId)!))
          .map((r) => ({ pair: `${byId.get(p.smeId)!.ref}|${byId.get(p.distributorId)!.ref}`, r })),
      );
      expect(bad).toEqual([]);
      expect(ranked.length).toBeGreaterThan(0);
      expect(ranked.every((p) => p.reasons.length > 0)).toBe(true);
    }
  });

  it("returns the same pairs, scores and reasons on every run and input order", () => {
    const again = rankAll([...smes].reverse(), [...dists].reverse(), buildCorpus([...features].reverse()));
    expect(again).toEqual(pairs);
  });

  it("ranks the matching optical chain first for the eyewear maker", () => {
    const sabae = pairs.filter((p) => p.smeId === "id-sabae-frames").sort((a, b) => b.score - a.score);
    expect(sabae[0]?.distributorId).toBe("id-gz-optical");
  });
});

describe("ranking in worker threads", () => {
  // A top list of 3 fills up on the sample, so the distributors' lists must be merged across the
  // threads and some pairs only come from the second pass.
  const keep = 2;
  const lines = (text: string) => text.split("\n").filter(Boolean).sort();

  it("stores the same pairs, scores, reasons and cutoffs when two threads split the SMEs", async () => {
    const cutoffsHere = new Map<string, number | null>();
    const here = rankAll(smes, dists, buildCorpus(features), { keep, onCutoff: (id, c) => cutoffsHere.set(id, c) });
    const cutoffsThere = new Map<string, number | null>();
    let text = "";
    let count = 0;
    for await (const batch of rankInWorkers(features, 2, { keep, batchSize: 4, onCutoff: (id, c) => cutoffsThere.set(id, c) }).rows) {
      text += batch.text;
      count += batch.count;
    }
    expect(lines(text)).toEqual(lines(encodePairs(here)));
    expect(count).toBe(here.length);
    expect(cutoffsThere).toEqual(cutoffsHere);
    // The second pass had work: some stored pair is outside its SME's own top 3.
    const perSme = new Map<string, number>();
    for (const p of here) perSme.set(p.smeId, (perSme.get(p.smeId) ?? 0) + 1);
    expect([...perSme.values()].some((n) => n > keep)).toBe(true);
  });

  it("holds at most a few batches for a reader that does not read, then gives every pair", async () => {
    const here = rankAll(smes, dists, buildCorpus(features), { keep });
    const source = rankInWorkers(features, 2, { keep, batchSize: 1, maxPending: 1 });
    // The threads score far more batches than the limit; wait until they stop sending.
    let seen = -1;
    for (let i = 0; i < 40 && (seen !== source.waiting() || seen === 0); i++) {
      seen = source.waiting();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // One batch each may pass the limit at once (the two threads check it apart).
    expect(source.waiting()).toBeGreaterThan(0);
    expect(source.waiting()).toBeLessThanOrEqual(2);
    let text = "";
    let batches = 0;
    for await (const batch of source.rows) {
      text += batch.text;
      batches++;
    }
    expect(batches).toBeGreaterThan(4);
    expect(lines(text)).toEqual(lines(encodePairs(here)));
  });

  it("fails instead of returning a partial result when a thread fails", async () => {
    // Only a thread reads the target channels (the main thread builds the corpus from the tokens).
    const broken = features.map((f) => (f.kind === "sme" ? { ...f, targetChannels: null } : f)) as unknown as Features[];
    const source = rankInWorkers(broken, 2);
    await expect(async () => {
      for await (const batch of source.rows) void batch;
    }).rejects.toThrow();
  });
});
