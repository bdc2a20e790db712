// Tariff lines and landed-price assumptions from ../shared/research/market-access.md §3, inserted
// by migration 0023. RCEP is null where no rate for Japan was found (MFN then applies).
import type { AccessConfidence, Localized } from "@/db/schema";

type SeedTariff = {
  hs: string;
  year: number;
  mfnBp: number;
  rcepBp: number | null;
  vatBp: number;
  consumptionTaxBp?: number;
  consumptionTaxFenPerLitre?: number;
  source: string;
  sourceDate: string | null;
  confidence: AccessConfidence;
};

const JETRO_ALCOHOL = "https://www.jetro.go.jp/world/asia/cn/foods/exportguide/alcohol.html";
const sake = (year: number, rcepBp: number): SeedTariff => ({
  hs: "2206",
  year,
  mfnBp: 4000,
  rcepBp,
  vatBp: 1300,
  consumptionTaxBp: 1000,
  source: JETRO_ALCOHOL,
  sourceDate: "2024-10-01",
  confidence: year === 2024 ? "high" : "medium",
});
const shochu = (year: number, rcepBp: number): SeedTariff => ({
  hs: "2208",
  year,
  mfnBp: 1000,
  rcepBp,
  vatBp: 1300,
  consumptionTaxBp: 2000,
  consumptionTaxFenPerLitre: 91,
  source: "https://htshub.com/cn-hs/detail/2208909029",
  sourceDate: "2024-01-01",
  confidence: "medium",
});
const plain = (hs: string, mfnBp: number, source: string, confidence: AccessConfidence, rcepBp: number | null = null): SeedTariff => ({
  hs,
  year: 2026,
  mfnBp,
  rcepBp,
  vatBp: 1300,
  source,
  sourceDate: "2026-01-04",
  confidence,
});

export const researchTariffs: SeedTariff[] = [
  sake(2024, 3430),
  sake(2025, 3240),
  sake(2026, 3050),
  sake(2027, 2860),
  shochu(2024, 730),
  shochu(2026, 550),
  plain("1905", 1000, "https://htshub.com/cn-hs/detail/1905400000", "high"),
  { ...plain("3304", 100, "https://hsciq.com/HSCN/Code/3304990099", "high", 620), sourceDate: "2025-03-31" },
  plain("6110", 600, "https://china-gacc.agency/China_HS_CIQ_code/Head_search.asp?page=0&word=6114", "low"),
  plain("6302", 600, "https://china-gacc.agency/China_HS_CIQ_code/Head_search.asp?page=0&word=6302", "low"),
  plain("8215", 700, "https://china-gacc.agency/China_HS_CIQ_code/Head_search.asp?page=0&word=8215", "high"),
  plain("9003", 700, "tariff-database excerpt (no URL)", "low"),
  plain("6911", 700, "https://registry.china-gacc.agency/China_HS_code/China_HS_Search.asp?page=2&word=p", "high"),
];

type SeedAssumption = { key: string; value: number; unit: string; note: Localized };
const L = (en: string, ja: string, zh: string): Localized => ({ en, ja, zh });

export const researchAssumptions: SeedAssumption[] = [
  { key: "fx", value: 2100, unit: "yen_per_100_cny", note: L("Exchange rate (yen for 100 CNY)", "為替レート（100元あたりの円）", "汇率（每100元对应日元）") },
  {
    key: "freight:GT",
    value: 1500,
    unit: "bp",
    note: L("Freight and export costs, general trade", "運賃・輸出諸掛（一般貿易）", "运费和出口杂费（一般贸易）"),
  },
  {
    key: "freight:GT:hakata",
    value: 1200,
    unit: "bp",
    note: L("Freight and export costs, general trade via Hakata", "運賃・輸出諸掛（一般貿易・博多経由）", "运费和出口杂费（一般贸易，经博多）"),
  },
  { key: "freight:CBEC", value: 2000, unit: "bp", note: L("Parcel freight, cross-border e-commerce", "小包運賃（越境EC）", "包裹运费（跨境电商）") },
  { key: "insurance", value: 30, unit: "bp", note: L("Cargo insurance", "貨物保険", "货物保险") },
  { key: "margin:GT", value: 3000, unit: "bp", note: L("Distributor margin, general trade", "代理店マージン（一般貿易）", "经销商加价（一般贸易）") },
  { key: "margin:CBEC", value: 2500, unit: "bp", note: L("Seller margin, cross-border e-commerce", "販売マージン（越境EC）", "销售加价（跨境电商）") },
  { key: "cbec-order-limit", value: 500000, unit: "fen", note: L("CBEC limit per order", "越境EC 1回あたり限度額", "跨境电商单次限额") },
];
