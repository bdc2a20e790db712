// What matching needs of a company's market access: per route, the best outcome any of its
// products reaches and, for that product, the to-do items still open. Pure, stored in features.
import { accessRoutes, type AccessRoute, type Localized } from "@/db/schema";
import { better, openRequirements, type Outcome, type ProductAccess } from "./evaluate";
import { routesOfChannel } from "./routes";

export type RouteSummary = { o: Outcome; t: Localized[] };
export type AccessSummary = Record<AccessRoute, RouteSummary>;

export function summarize(products: readonly ProductAccess[]): AccessSummary | null {
  if (products.length === 0) return null;
  const out = {} as AccessSummary;
  for (const route of accessRoutes) {
    let best: RouteSummary | null = null;
    for (const p of products) {
      const r = p[route];
      const t = r.outcome === "todo" ? openRequirements(r).map((x) => x.text) : [];
      const candidate = { o: r.outcome, t };
      if (!best || better(candidate.o, best.o) !== best.o || (candidate.o === best.o && candidate.t.length < best.t.length)) best = candidate;
    }
    out[route] = best!;
  }
  return out;
}

/**
 * A pair's access: over the distributor's channels the SME wants (all of them when it wants none
 * of theirs, general trade when it lists none), the best a channel offers.
 */
export function pairAccess(access: AccessSummary | null | undefined, channels: readonly { type: string }[], wanted: readonly string[]): RouteSummary {
  if (!access) return { o: "fine", t: [] };
  const all = channels.map((c) => c.type);
  const shared = all.filter((c) => wanted.includes(c));
  const types = shared.length > 0 ? shared : all.length > 0 ? all : ["wholesale"];
  let best: RouteSummary | null = null;
  for (const type of types) {
    for (const route of routesOfChannel(type)) {
      const r = access[route];
      if (!best || better(r.o, best.o) !== best.o || (r.o === best.o && r.t.length < best.t.length)) best = r;
    }
  }
  return best!;
}
