/**
 * What a re-import changes in a company, field by field, for the preview an admin confirms.
 * Both sides are in the exchange format's shape: the stored company as exported, and the file's
 * company with the import's own rules applied (a chamber it does not state stays as it is).
 */
import { chamberKey } from "@/lib/chambers/chambers";
import type { ExchangeCompany } from "./schema";

type ListField = "products" | "channels" | "needs";

export type FieldChange =
  { field: Exclude<keyof ExchangeCompany, ListField | "ref" | "kind"> } | { field: ListField; added: number; removed: number; changed: number };

/** Blank text, empty lists and missing values mean the same thing in the format: nothing. */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(canonical).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, canonical(v)] as const)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Items keyed by ref where the format has one (products, needs); channels by their content. */
function listChange(before: object[] | undefined, after: object[] | undefined, key: (item: object, i: number) => string) {
  const index = (list: object[] | undefined) => new Map((list ?? []).map((item, i) => [key(item, i), JSON.stringify(canonical(item))]));
  const was = index(before);
  const now = index(after);
  let added = 0;
  let changed = 0;
  for (const [k, v] of now) {
    if (!was.has(k)) added++;
    else if (was.get(k) !== v) changed++;
  }
  const removed = [...was.keys()].filter((k) => !now.has(k)).length;
  return { added, removed, changed };
}

const byRef = (item: object) => (item as { ref: string }).ref;
const byContent = (item: object) => JSON.stringify(canonical(item));

const scalarFields = [
  "name",
  "country",
  "region",
  "city",
  "description",
  "languages",
  "employees",
  "foundedYear",
  "website",
  "chamber",
  "targetChannels",
  "targetRegions",
  "hsCodes",
  "minOrderJpy",
] as const;

/** The fields whose values differ, in the spec's order; an empty list when nothing changes. */
export function companyChanges(before: ExchangeCompany, after: ExchangeCompany): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of scalarFields) {
    if (field === "chamber") {
      if (chamberKey(before.chamber ?? "") !== chamberKey(after.chamber ?? "")) out.push({ field });
    } else if (!same(before[field], after[field])) out.push({ field });
  }
  const lists = [
    ["products", byRef],
    ["channels", byContent],
    ["needs", byRef],
  ] as const;
  for (const [field, key] of lists) {
    const change = listChange(before[field], after[field], key);
    if (change.added + change.removed + change.changed > 0) out.push({ field, ...change });
  }
  return out;
}
