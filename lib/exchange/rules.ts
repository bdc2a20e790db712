/**
 * The exchange format's cross-field rules (unique refs, region of the country, fields of the
 * other kind, price ranges). They walk the raw input defensively so they report even when other
 * parts of the file are malformed: an import report should list every problem at once.
 */
import { findRegion, isRegionOf } from "@/lib/geo/regions";
import type { ExchangeErrorCode, ExchangeErrorParams, PathSegment } from "./errors";
import { pathString } from "./errors";

export type RuleIssue = { path: PathSegment[]; code: ExchangeErrorCode; params?: ExchangeErrorParams };

export const smeOnlyFields = ["products", "targetChannels", "targetRegions"] as const;
export const distributorOnlyFields = ["channels", "hsCodes", "needs", "minOrderJpy"] as const;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function duplicateRefs(items: unknown, at: PathSegment[], issues: RuleIssue[]): void {
  if (!Array.isArray(items)) return;
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isObject(item) || typeof item.ref !== "string") return;
    const seen = first.get(item.ref);
    if (seen === undefined) first.set(item.ref, i);
    else issues.push({ path: [...at, i, "ref"], code: "duplicateRef", params: { ref: item.ref, first: pathString([...at, seen]) } });
  });
}

function priceRange(owner: unknown, at: PathSegment[], issues: RuleIssue[]): void {
  if (!isObject(owner) || !isObject(owner.priceJpy)) return;
  const { min, max } = owner.priceJpy;
  if (Number.isInteger(min) && Number.isInteger(max) && (max as number) < (min as number)) {
    issues.push({ path: [...at, "priceJpy", "max"], code: "priceRange", params: { min: min as number } });
  }
}

function regionOfCountry(company: Obj, at: PathSegment[], issues: RuleIssue[]): void {
  const { region, country } = company;
  if (typeof region !== "string") return;
  const known = findRegion(region);
  if (!known) issues.push({ path: [...at, "region"], code: "region" });
  else if ((country === "JP" || country === "CN") && !isRegionOf(region, country)) {
    issues.push({ path: [...at, "region"], code: "regionCountry", params: { region, country } });
  }
}

function otherKindFields(company: Obj, at: PathSegment[], issues: RuleIssue[]): void {
  const kind = company.kind;
  const foreign = kind === "sme" ? distributorOnlyFields : kind === "distributor" ? smeOnlyFields : [];
  for (const field of foreign) {
    if (company[field] !== undefined) issues.push({ path: [...at, field], code: "otherKindField", params: { kind: kind as string } });
  }
}

export function documentRuleIssues(doc: unknown): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!isObject(doc) || !Array.isArray(doc.companies)) return issues;
  duplicateRefs(doc.companies, ["companies"], issues);
  doc.companies.forEach((company, i) => {
    if (!isObject(company)) return;
    const at: PathSegment[] = ["companies", i];
    regionOfCountry(company, at, issues);
    otherKindFields(company, at, issues);
    for (const list of ["products", "needs"] as const) {
      duplicateRefs(company[list], [...at, list], issues);
      if (Array.isArray(company[list])) company[list].forEach((item, j) => priceRange(item, [...at, list, j], issues));
    }
  });
  return issues;
}
