import "server-only";
// The check as match cards show it: for each pair, one result per channel the distributor sells
// through, from the SME product that fares best there, with the rules behind it.
import { getDb } from "@/db/client";
import type { AccessRoute, Localized } from "@/db/schema";
import { better, channelResult, evaluateProduct, openRequirements, today, type Hit, type Outcome, type ProductAccess, type RouteResult } from "./evaluate";
import { channelTypesOf, productFactsOf } from "./facts";
import { currentRules } from "./rules";

export type RuleView = {
  code: string;
  version: number;
  level: "block" | "todo" | "info";
  title: Localized;
  message: Localized;
  source: { url: string; publishedOn: string | null } | null;
  confidence: string;
  reviewDue: string | null;
  satisfied: boolean;
  missingFact: boolean;
};

export type ChannelAccess = { channel: string; route: AccessRoute; outcome: Outcome; product: Localized | null; todo: Localized[]; rules: RuleView[] };
export type PairAccessView = { outcome: Outcome; channels: ChannelAccess[] };

export function ruleView(h: Hit): RuleView {
  return {
    code: h.rule.code,
    version: h.rule.version,
    level: h.rule.level,
    title: h.rule.title,
    message: h.rule.message,
    source: h.rule.evidence[0] ?? null,
    confidence: h.rule.confidence,
    reviewDue: h.rule.reviewDue,
    satisfied: h.satisfied,
    missingFact: h.missingFact !== null,
  };
}

function channelView(channel: string, products: { name: Localized; access: ProductAccess }[]): ChannelAccess {
  let best: { name: Localized; result: RouteResult; open: number } | null = null;
  for (const p of products) {
    const result = channelResult(p.access, channel);
    const open = openRequirements(result).length;
    if (!best || better(result.outcome, best.result.outcome) !== best.result.outcome || (result.outcome === best.result.outcome && open < best.open))
      best = { name: p.name, result, open };
  }
  if (!best) return { channel, route: "GT", outcome: "fine", product: null, todo: [], rules: [] };
  return {
    channel,
    route: best.result.route,
    outcome: best.result.outcome,
    product: best.name,
    todo: openRequirements(best.result).map((r) => r.text),
    rules: best.result.hits.filter((h) => h.rule.level !== "info" || best.result.outcome === "fine").map(ruleView),
  };
}

const key = (smeId: string, distributorId: string) => `${smeId}:${distributorId}`;

/** Per pair ("smeId:distributorId"), the result on each of the distributor's channels (general trade when it lists none). */
export async function accessForPairs(pairs: readonly { smeId: string; distributorId: string }[]): Promise<Map<string, PairAccessView>> {
  const out = new Map<string, PairAccessView>();
  if (pairs.length === 0) return out;
  const db = await getDb();
  const [rules, facts, channels] = await Promise.all([
    currentRules(db),
    productFactsOf(db, [...new Set(pairs.map((p) => p.smeId))]),
    channelTypesOf(db, [...new Set(pairs.map((p) => p.distributorId))]),
  ]);
  const day = today();
  const bySme = new Map<string, { name: Localized; access: ProductAccess }[]>();
  for (const f of facts) bySme.set(f.companyId, [...(bySme.get(f.companyId) ?? []), { name: f.name, access: evaluateProduct(rules, f, day) }]);
  for (const p of pairs) {
    const products = bySme.get(p.smeId) ?? [];
    const types = channels.get(p.distributorId) ?? [];
    const views = [...new Set(types.length > 0 ? types : ["wholesale"])].map((c) => channelView(c, products));
    const outcome = views.reduce<Outcome>((acc, v) => better(acc, v.outcome), "block");
    out.set(key(p.smeId, p.distributorId), { outcome: views.length > 0 ? outcome : "fine", channels: views });
  }
  return out;
}

export const pairKey = key;
