// Reads an exchange document straight into raw matching profiles, without a database: for the
// scorer's unit tests and quick weight experiments. The CLI and the benchmark go through the
// real import instead.
import type { Localized } from "@/db/schema";
import type { RawProfile } from "@/lib/matching/types";

type Range = { min: number; max: number } | undefined;
type ExchangeCompany = {
  ref: string;
  kind: "sme" | "distributor";
  name: Localized;
  description?: Localized;
  languages?: string[];
  chamber?: string;
  targetChannels?: string[];
  targetRegions?: string[];
  hsCodes?: string[];
  minOrderJpy?: number;
  products?: { ref: string; name: Localized; description?: Localized; hsCode?: string; priceJpy?: Range; moq?: number; keywords?: string[] }[];
  channels?: { type: string; regions: string[]; description?: Localized }[];
  needs?: { ref: string; description: Localized; hsCode?: string; priceJpy?: Range }[];
};

export function profilesFromExchange(doc: { companies: ExchangeCompany[] }): RawProfile[] {
  return doc.companies.map((c) => ({
    id: `id-${c.ref}`,
    ref: c.ref,
    kind: c.kind,
    name: c.name,
    description: c.description ?? null,
    // The speed benchmarks score fit alone: no market-access rules are read here.
    access: null,
    languages: c.languages ?? [],
    chamberId: c.chamber ? `chamber-${c.chamber}` : null,
    targetChannels: c.targetChannels ?? [],
    targetRegions: c.targetRegions ?? [],
    hsCodes: c.hsCodes ?? [],
    minOrderJpy: c.minOrderJpy ?? null,
    products: (c.products ?? []).map((p) => ({
      ref: p.ref,
      name: p.name,
      description: p.description ?? null,
      hsCode: p.hsCode ?? null,
      inferredHsCode: null,
      priceMinJpy: p.priceJpy?.min ?? null,
      priceMaxJpy: p.priceJpy?.max ?? null,
      moq: p.moq ?? null,
      keywords: p.keywords ?? [],
    })),
    channels: (c.channels ?? []).map((ch) => ({ type: ch.type, regions: ch.regions, description: ch.description ?? null })),
    needs: (c.needs ?? []).map((n) => ({
      ref: n.ref,
      description: n.description,
      hsCode: n.hsCode ?? null,
      inferredHsCode: null,
      priceMinJpy: n.priceJpy?.min ?? null,
      priceMaxJpy: n.priceJpy?.max ?? null,
    })),
  }));
}
