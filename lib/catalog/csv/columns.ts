/**
 * The CSV columns an SME may use, each named in Japanese or English (README documents this list).
 * Headers are compared after NFKC (full-width brackets and letters fold), lower-casing and
 * removing spaces, so 製品名（英語）, 製品名(英語) and "Name EN" all work.
 */
export const csvColumns = {
  name_ja: { field: "nameJa", ja: "製品名", aliases: ["製品名(日本語)", "name", "name_ja", "product_name"] },
  name_zh: { field: "nameZh", ja: "製品名（中国語）", aliases: ["name_zh", "name_cn"] },
  name_en: { field: "nameEn", ja: "製品名（英語）", aliases: ["name_en"] },
  description_ja: { field: "descriptionJa", ja: "説明", aliases: ["説明(日本語)", "description", "description_ja"] },
  description_zh: { field: "descriptionZh", ja: "説明（中国語）", aliases: ["description_zh", "description_cn"] },
  description_en: { field: "descriptionEn", ja: "説明（英語）", aliases: ["description_en"] },
  hs_code: { field: "hsCode", ja: "HSコード", aliases: ["hs", "hs_code", "hscode"] },
  price_min: { field: "priceMinJpy", ja: "最低価格", aliases: ["最低価格(円)", "price_min", "price_min_jpy"] },
  price_max: { field: "priceMaxJpy", ja: "最高価格", aliases: ["最高価格(円)", "price_max", "price_max_jpy"] },
  moq: { field: "moq", ja: "最小ロット", aliases: ["moq", "最小発注数量"] },
  lead_time_days: { field: "leadTimeDays", ja: "納期（日）", aliases: ["納期", "lead_time_days", "lead_time"] },
  keywords: { field: "keywords", ja: "キーワード", aliases: ["keywords"] },
  certifications: { field: "certifications", ja: "認証", aliases: ["certifications", "認証・規格"] },
} as const;

export type CsvColumn = keyof typeof csvColumns;
export type ProductField = (typeof csvColumns)[CsvColumn]["field"];

export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-]+/g, "");
}

const byHeader = new Map<string, CsvColumn>();
for (const [column, spec] of Object.entries(csvColumns) as [CsvColumn, (typeof csvColumns)[CsvColumn]][]) {
  for (const name of [column, spec.ja, ...spec.aliases]) byHeader.set(normalizeHeader(name), column);
}

export function columnFor(header: string): CsvColumn | undefined {
  return byHeader.get(normalizeHeader(header));
}

export const fieldToColumn = Object.fromEntries(
  (Object.entries(csvColumns) as [CsvColumn, { field: string }][]).map(([column, spec]) => [spec.field, column]),
) as Record<ProductField, CsvColumn>;
