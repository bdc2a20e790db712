/**
 * Database rows → the exchange format's shape: only fields with values, in the spec's order, the
 * sender's own HS code and never an inferred one. Import → export → import must be a fixed point.
 */
import type { Company, Localized, Product, SalesChannel, SourcingNeed } from "@/db/schema";
import type { ChannelType } from "@/db/schema/catalog";
import type { ExchangeCompany, ExchangePriceRange, ExchangeProduct, ExchangeSalesChannel, ExchangeSourcingNeed } from "./schema";

export type CompanyBundle = {
  company: Company;
  chamberName: string | undefined;
  products: Product[];
  channels: SalesChannel[];
  needs: SourcingNeed[];
};

/** Drops undefined keys so JSON and deep equality see only what has a value. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function localized(value: Localized | null | undefined): Localized | undefined {
  if (!value) return undefined;
  const out = compact({
    ja: value.ja?.trim() ? value.ja : undefined,
    zh: value.zh?.trim() ? value.zh : undefined,
    en: value.en?.trim() ? value.en : undefined,
  });
  return Object.keys(out).length > 0 ? out : undefined;
}

const list = <T>(values: T[] | null | undefined): T[] | undefined => (values && values.length > 0 ? values : undefined);
const text = (value: string | null | undefined): string | undefined => (value?.trim() ? value : undefined);
const int = (value: number | null | undefined): number | undefined => value ?? undefined;

// The format needs both ends of a range; a missing minimum reads as 0, a missing maximum as "no range".
function price(min: number | null, max: number | null): ExchangePriceRange | undefined {
  if (max === null) return undefined;
  return { min: min === null ? 0 : Math.min(min, max), max };
}

/** Nested lists keep the sender's order (position), then ref for rows added in the app. */
function byPosition<T extends { position: number; ref?: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.position - b.position || compareText(a.ref ?? "", b.ref ?? ""));
}

/** Code-unit order: the same on PGlite and on any PostgreSQL collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function product(row: Product): ExchangeProduct {
  return compact({
    ref: row.ref,
    name: localized(row.name) ?? row.name,
    description: localized(row.description),
    hsCode: text(row.hsCode),
    priceJpy: price(row.priceMinJpy, row.priceMaxJpy),
    moq: int(row.moq),
    leadTimeDays: int(row.leadTimeDays),
    keywords: list(row.keywords),
    certifications: list(row.certifications),
  });
}

function channel(row: SalesChannel): ExchangeSalesChannel {
  return compact({
    type: row.type,
    regions: row.regions,
    outlets: int(row.outlets),
    description: localized(row.description),
  });
}

function need(row: SourcingNeed): ExchangeSourcingNeed {
  return compact({
    ref: row.ref,
    description: localized(row.description) ?? row.description,
    hsCode: text(row.hsCode),
    priceJpy: price(row.priceMinJpy, row.priceMaxJpy),
    volume: text(row.volume),
  });
}

export function toExchangeCompany({ company: c, chamberName, products, channels, needs }: CompanyBundle): ExchangeCompany {
  const common = {
    ref: c.ref,
    kind: c.kind,
    name: localized(c.name) ?? c.name,
    country: c.country as ExchangeCompany["country"],
    region: c.region,
    city: text(c.city),
    description: localized(c.description),
    languages: list(c.languages),
    employees: int(c.employees),
    foundedYear: int(c.foundedYear),
    website: text(c.website),
    chamber: text(chamberName),
  };
  // Only the fields of the company's kind, so the export always validates.
  if (c.kind === "sme") {
    return compact({
      ...common,
      products: list(byPosition(products).map(product)),
      targetChannels: list(c.targetChannels as ChannelType[]),
      targetRegions: list(c.targetRegions),
    });
  }
  return compact({
    ...common,
    channels: list(byPosition(channels).map(channel)),
    hsCodes: list(c.hsCodes),
    needs: list(byPosition(needs).map(need)),
    minOrderJpy: int(c.minOrderJpy),
  });
}

/** The name a chamber goes by in the exchange format. */
export function chamberDisplayName(name: Localized | null | undefined): string | undefined {
  return name?.en ?? name?.ja ?? name?.zh;
}
