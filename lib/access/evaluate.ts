// The market-access check, pure: which rules a product meets on each import route, on a date, and
// what that makes of it there (blocked, a to-do list, or fine). Per channel a distributor sells
// through, the best of the channel's routes counts.
import { accessRoutes, type AccessRequirement, type AccessRoute, type AccessRuleRow } from "@/db/schema";
import { gatewayPrefecture, routesOfChannel } from "./routes";

export type AccessRule = Pick<
  AccessRuleRow,
  | "code"
  | "version"
  | "status"
  | "title"
  | "authority"
  | "scope"
  | "exceptions"
  | "level"
  | "message"
  | "requirements"
  | "satisfiedBy"
  | "validFrom"
  | "validTo"
  | "evidence"
  | "confidence"
  | "reviewDue"
>;

export type ProductFacts = {
  hsCode: string | null;
  /** Null: made where the company is. */
  originPrefecture: string | null;
  companyRegion: string;
  mainIngredientOrigin: string | null;
  exportGateway: string | null;
  attributes: readonly string[];
  certifications: readonly string[];
};

export type Outcome = "block" | "todo" | "fine";

export type Hit = {
  rule: AccessRule;
  /** Met by a certification the product lists (its number shown to the owner). */
  satisfied: boolean;
  /** The rule might block, but a fact it tests is missing: "tell us where the main ingredient comes from". */
  missingFact: "main_ingredient" | null;
};

export type RouteResult = { route: AccessRoute; outcome: Outcome; hits: Hit[] };
export type ProductAccess = Record<AccessRoute, RouteResult>;

const RANK: Record<Outcome, number> = { fine: 0, todo: 1, block: 2 };
export const worse = (a: Outcome, b: Outcome): Outcome => (RANK[a] >= RANK[b] ? a : b);
export const better = (a: Outcome, b: Outcome): Outcome => (RANK[a] <= RANK[b] ? a : b);

/** "01-24" (chapters), "2203-2208" (headings), or a prefix of any length. */
export function hsInScope(code: string, pattern: string): boolean {
  const range = /^(\d+)-(\d+)$/.exec(pattern);
  if (!range) return code.startsWith(pattern);
  const width = range[1]!.length;
  if (code.length < width) return false;
  const head = code.slice(0, width);
  return head >= range[1]! && head <= range[2]!;
}

/** A certification counts when it names its kind and carries a number: "CCC 2024010701234567". */
export function certificationKinds(certifications: readonly string[]): Set<string> {
  const kinds = new Set<string>();
  for (const c of certifications) {
    const m = /^\s*([A-Za-z]+)\b.*\d/.exec(c);
    if (m) kinds.add(m[1]!.toUpperCase());
  }
  return kinds;
}

export function isValidOn(rule: Pick<AccessRule, "validFrom" | "validTo" | "status">, day: string): boolean {
  if (rule.status === "suspended" || rule.status === "repealed") return false;
  return rule.validFrom <= day && (rule.validTo === null || day <= rule.validTo);
}

function productInScope(rule: AccessRule, p: ProductFacts): boolean {
  const { scope } = rule;
  const attrs = new Set(p.attributes);
  if (scope.attributesAll?.some((a) => !attrs.has(a))) return false;
  const byAttribute = scope.attributesAny?.some((a) => attrs.has(a)) ?? false;
  if (byAttribute) return true;
  if (scope.hs.length === 0) return true;
  if (!p.hsCode) return false;
  if (scope.hsExcept?.some((h) => hsInScope(p.hsCode!, h))) return false;
  return scope.hs.some((h) => hsInScope(p.hsCode!, h));
}

type OriginMatch = "yes" | "no" | "unknown";

function originMatches(rule: AccessRule, p: ProductFacts): OriginMatch {
  const { scope } = rule;
  const made = p.originPrefecture ?? p.companyRegion;
  if (scope.exceptPrefectures?.includes(made)) return "no";
  if (!scope.prefectures) return "yes";
  const tests = scope.originTests ?? ["production", "processing"];
  let unknown = false;
  for (const test of tests) {
    if (test === "production" || test === "processing") {
      if (scope.prefectures.includes(made)) return "yes";
    } else if (test === "main_ingredient") {
      if (p.mainIngredientOrigin === null) unknown = true;
      else if (scope.prefectures.includes(p.mainIngredientOrigin)) return "yes";
    } else if (test === "transit") {
      const port = gatewayPrefecture(p.exportGateway);
      if (port && scope.prefectures.includes(port)) return "yes";
    }
  }
  return unknown ? "unknown" : "no";
}

function applies(rule: AccessRule, p: ProductFacts, route: AccessRoute, day: string): OriginMatch {
  if (!rule.scope.routes.includes(route) || !isValidOn(rule, day) || !productInScope(rule, p)) return "no";
  return originMatches(rule, p);
}

function outcomeOf(hits: Hit[]): Outcome {
  let out: Outcome = "fine";
  for (const h of hits) {
    if (h.satisfied) continue;
    if (h.missingFact) out = worse(out, "todo");
    else if (h.rule.level === "block") out = worse(out, "block");
    else if (h.rule.level === "todo") out = worse(out, "todo");
  }
  return out;
}

export function evaluateRoute(rules: readonly AccessRule[], p: ProductFacts, route: AccessRoute, day: string): RouteResult {
  const byCode = new Map(rules.map((r) => [r.code, r]));
  const certs = certificationKinds(p.certifications);
  const hits: Hit[] = [];
  for (const rule of rules) {
    const match = applies(rule, p, route, day);
    if (match === "no") continue;
    // A narrower rule that applies here wins (Niigata rice over the Niigata food ban).
    if (rule.exceptions.some((code) => byCode.has(code) && applies(byCode.get(code)!, p, route, day) === "yes")) continue;
    // A possible ban whose deciding fact is missing is a question, not a ban; a lesser rule is just listed.
    if (match === "unknown" && rule.level !== "block") continue;
    hits.push({
      rule,
      satisfied: rule.satisfiedBy !== null && certs.has(rule.satisfiedBy),
      missingFact: match === "unknown" ? "main_ingredient" : null,
    });
  }
  return { route, outcome: outcomeOf(hits), hits };
}

/** Every route's result for one product on `day` (YYYY-MM-DD). */
export function evaluateProduct(rules: readonly AccessRule[], p: ProductFacts, day: string): ProductAccess {
  return Object.fromEntries(accessRoutes.map((route) => [route, evaluateRoute(rules, p, route, day)])) as ProductAccess;
}

/** A channel's result: the best of its routes (display on temporary import where selling is not allowed yet). */
export function channelResult(access: ProductAccess, channelType: string): RouteResult {
  let best: RouteResult | null = null;
  for (const route of routesOfChannel(channelType)) {
    const r = access[route];
    if (!best || RANK[r.outcome] < RANK[best.outcome]) best = r;
  }
  return best!;
}

const tellMainIngredient: AccessRequirement = {
  code: "tell-main-ingredient",
  text: {
    en: "Tell us where the main ingredient comes from",
    ja: "主原料の産地を入力してください",
    zh: "请填写主要原料的产地",
  },
};

/** Requirement codes and texts still open on a route, each once. */
export function openRequirements(result: RouteResult): AccessRequirement[] {
  const seen = new Map<string, AccessRequirement>();
  for (const h of result.hits) {
    if (h.satisfied || h.rule.level === "info") continue;
    const list = h.missingFact ? [tellMainIngredient] : h.rule.requirements;
    for (const r of list) if (!seen.has(r.code)) seen.set(r.code, r);
  }
  return [...seen.values()];
}

/** Today in UTC as YYYY-MM-DD, the day rules are checked on. */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);
