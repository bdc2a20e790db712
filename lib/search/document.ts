// Builds search rows from a company and its catalog: pure, so the benchmark and reindexing share it.
import type { Company, NewSearchCard, NewSearchItem, Product, SalesChannel, SourcingNeed } from "@/db/schema";
import { allTexts } from "@/lib/i18n/localized";
import { normalizeText, textTokens } from "@/lib/text/normalize";
import { conceptTokens } from "./concepts";
import type { FacetSetColumn } from "./facet-sets";
import { namedCodeOf } from "./hs-match";
import { withPrefixes } from "./tokens";

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

/** The codes whose names describe the item (see hs-match.ts). */
export function hsNamedOf(codes: (string | null | undefined)[]): string[] {
  return [...new Set(codes.flatMap((c) => (c ? [namedCodeOf(c)] : [])).filter((c): c is string => Boolean(c)))];
}

function extraConcepts(extra: string[]): string[] {
  const { named, mentioned } = conceptTokens(extra);
  return [...named, ...mentioned];
}

type Texts = { own: string[]; extra: string[]; keywords?: string[]; hsCodes: (string | null | undefined)[] };

// Bounds that keep a row small enough to stay inline (no TOAST), so scoring a few thousand
// candidates stays cheap: long descriptions add their first tokens only.
const maxTextChars = 300;
const maxTokens = 120;

// `text` (names and keywords first, then the rest, cut short) ranks close matches with
// word_similarity; `tokens` (all texts) is the cross-language match, its first `nameTokenCount`
// from the item's own name and keywords for the relevance boost.
function textColumns({ own, extra, keywords = [], hsCodes }: Texts) {
  const unique = (xs: string[]) => [...new Set(xs)];
  // The goods its name and keywords name count as name tokens, so a query naming them ranks it first.
  const concepts = conceptTokens([...own, ...keywords]);
  const nameTokens = unique([...[...own, ...keywords].flatMap(textTokens), ...concepts.named]);
  // Whole tokens first, so a long text loses prefixes of its last words, not its own words.
  const all = withPrefixes(unique([...nameTokens, ...concepts.mentioned, ...extra.flatMap(textTokens), ...extraConcepts(extra)]).slice(0, maxTokens)).slice(
    0,
    maxTokens * 2,
  );
  const named = new Set(withPrefixes(nameTokens.slice(0, maxTokens)));
  const inName = all.filter((t) => named.has(t));
  return {
    text: normalizeText([...own, ...keywords, ...extra].join(" ")).slice(0, maxTextChars),
    tokens: [...inName, ...all.filter((t) => !named.has(t))],
    nameTokenCount: inName.length,
    keywords: unique(keywords.map(normalizeText).filter(Boolean)),
    hsNamed: hsNamedOf(hsCodes),
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

/** A search row and its card, with the HS chapters its facet set is named from (see index.ts). */
export type SearchRowDraft = Omit<NewSearchItem, FacetSetColumn | "id"> & Omit<NewSearchCard, "id"> & { hsChapters: string[] };

export type CompanyCatalog = { company: Company; products: Product[]; channels: SalesChannel[]; needs: SourcingNeed[] };

/** Every search row of one company: itself, its products (SME) or its sourcing needs (distributor). */
export function buildSearchRows({ company, products, channels, needs }: CompanyCatalog): SearchRowDraft[] {
  const base = companyColumns(company);
  const isDistributor = company.kind === "distributor";
  const regions = [...new Set([company.region, ...(isDistributor ? channels.flatMap((c) => c.regions) : [])])];
  const channelTypes = [...new Set(isDistributor ? channels.map((c) => c.type) : company.targetChannels)];
  const shared = { ...base, regions, channelTypes };
  const companyName = allTexts(company.name);
  const rows: SearchRowDraft[] = [];

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
        ...(isDistributor
          ? [...channels.flatMap((c) => allTexts(c.description)), ...needs.flatMap((n) => allTexts(n.description))]
          : listed.flatMap((p) => allTexts(p.name))),
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
      ...textColumns({ own: allTexts(p.name), keywords: p.keywords, extra: [...companyName, ...allTexts(p.description)], hsCodes: [code] }),
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
