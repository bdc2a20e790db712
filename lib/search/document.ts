// Builds search rows from a company and its catalog: pure, so the benchmark and reindexing share it.
import type { Company, NewSearchItem, Product, SalesChannel, SourcingNeed } from "@/db/schema";
import { hsName } from "@/lib/hs/nomenclature";
import { allTexts } from "@/lib/i18n/localized";
import { normalizeText, textTokens } from "@/lib/text/normalize";

const locales = ["ja", "zh", "en"] as const;

/** "611011" → ["61", "6110", "611011"]: what the chapter and heading filters look up. */
export function hsKeysOf(codes: (string | null | undefined)[]): { keys: string[]; chapters: string[] } {
  const keys = new Set<string>();
  const chapters = new Set<string>();
  for (const code of codes) {
    if (!code || code.length < 2) continue;
    chapters.add(code.slice(0, 2));
    keys.add(code.slice(0, 2));
    if (code.length >= 4) keys.add(code.slice(0, 4));
    keys.add(code);
  }
  return { keys: [...keys], chapters: [...chapters] };
}

/** Chapter and heading names of the codes in ja, zh and en, so a word in any language finds them. */
export function hsNamesOf(codes: (string | null | undefined)[]): string[] {
  const names = new Set<string>();
  for (const key of hsKeysOf(codes).keys) {
    for (const locale of locales) {
      const name = hsName(key, locale);
      if (name) names.add(name);
    }
  }
  return [...names];
}

type Texts = { own: string[]; extra: string[]; keywords?: string[]; hsCodes: (string | null | undefined)[] };

// `text` feeds the trigram index; `tokens` the cross-language token index. Own text (name,
// keywords) is kept apart in `nameTokens` so it outranks a match found only through an HS name.
function textColumns({ own, extra, keywords = [], hsCodes }: Texts) {
  const all = [...own, ...keywords, ...extra, ...hsNamesOf(hsCodes)];
  const text = normalizeText(all.join(" \n "));
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    text,
    tokens: unique(all.flatMap(textTokens)),
    nameTokens: unique([...own, ...keywords].flatMap(textTokens)),
    keywords: unique(keywords.map(normalizeText).filter(Boolean)),
  };
}

function companyColumns(company: Company) {
  return {
    companyId: company.id,
    companyKind: company.kind,
    companyStatus: company.status,
    companyDeletedAt: company.deletedAt,
    companyName: company.name,
    region: company.region,
    languages: company.languages,
    chamberId: company.chamberId,
  };
}

export type CompanyCatalog = { company: Company; products: Product[]; channels: SalesChannel[]; needs: SourcingNeed[] };

/** Every search row of one company: itself, its products (SME) or its sourcing needs (distributor). */
export function buildSearchRows({ company, products, channels, needs }: CompanyCatalog): NewSearchItem[] {
  const base = companyColumns(company);
  const isDistributor = company.kind === "distributor";
  const regions = [...new Set([company.region, ...(isDistributor ? channels.flatMap((c) => c.regions) : [])])];
  const channelTypes = [...new Set(isDistributor ? channels.map((c) => c.type) : company.targetChannels)];
  const shared = { ...base, regions, channelTypes };
  const companyName = allTexts(company.name);
  const rows: NewSearchItem[] = [];

  const listed = products.filter((p) => p.published);
  const companyCodes = isDistributor
    ? [...company.hsCodes, ...needs.map((n) => n.hsCode ?? n.inferredHsCode)]
    : listed.map((p) => p.hsCode ?? p.inferredHsCode);
  const codes = hsKeysOf(companyCodes);
  rows.push({
    ...shared,
    kind: "company",
    itemId: company.id,
    published: true,
    name: company.name,
    ...textColumns({
      own: companyName,
      // A supplier is found by what it makes, a distributor by what it sells through and looks for.
      extra: [
        ...allTexts(company.description),
        ...(isDistributor ? [...channels.flatMap((c) => allTexts(c.description)), ...needs.flatMap((n) => allTexts(n.description))] : listed.flatMap((p) => allTexts(p.name))),
      ],
      hsCodes: companyCodes,
    }),
    hsCode: null,
    hsKeys: codes.keys,
    hsChapters: codes.chapters,
    createdAt: company.createdAt,
  });

  for (const p of products) {
    const code = p.hsCode ?? p.inferredHsCode;
    const keys = hsKeysOf([code]);
    rows.push({
      ...shared,
      kind: "product",
      itemId: p.id,
      published: p.published,
      name: p.name,
      ...textColumns({ own: allTexts(p.name), keywords: p.keywords, extra: [...allTexts(p.description), ...companyName], hsCodes: [code] }),
      hsCode: code,
      hsInferred: !p.hsCode && Boolean(p.inferredHsCode),
      hsKeys: keys.keys,
      hsChapters: keys.chapters,
      priceMinJpy: p.priceMinJpy,
      priceMaxJpy: p.priceMaxJpy,
      moq: p.moq,
      createdAt: p.createdAt,
    });
  }

  for (const n of isDistributor ? needs : []) {
    const code = n.hsCode ?? n.inferredHsCode;
    const keys = hsKeysOf([code]);
    rows.push({
      ...shared,
      kind: "need",
      itemId: n.id,
      published: true,
      name: n.description,
      ...textColumns({ own: allTexts(n.description), extra: companyName, hsCodes: [code] }),
      hsCode: code,
      hsInferred: !n.hsCode && Boolean(n.inferredHsCode),
      hsKeys: keys.keys,
      hsChapters: keys.chapters,
      priceMinJpy: n.priceMinJpy,
      priceMaxJpy: n.priceMaxJpy,
      createdAt: n.createdAt,
    });
  }
  return rows;
}
