/** Exchange objects → insert values for the catalog tables, with inferred HS codes where none was given. */
import type { NewProduct, NewSalesChannel, NewSourcingNeed } from "@/db/schema";
import { inferHsCode } from "@/lib/hs/infer";
import { allTexts } from "@/lib/i18n/localized";
import type { ExchangeProduct, ExchangeSalesChannel, ExchangeSourcingNeed } from "./schema";

export function productRow(companyId: string, p: ExchangeProduct, position: number): NewProduct {
  return {
    companyId,
    ref: p.ref,
    name: p.name,
    description: p.description ?? null,
    hsCode: p.hsCode ?? null,
    inferredHsCode: p.hsCode ? null : inferHsCode([...allTexts(p.name), ...allTexts(p.description), ...(p.keywords ?? [])]),
    priceMinJpy: p.priceJpy?.min ?? null,
    priceMaxJpy: p.priceJpy?.max ?? null,
    moq: p.moq ?? null,
    leadTimeDays: p.leadTimeDays ?? null,
    keywords: p.keywords ?? [],
    certifications: p.certifications ?? [],
    position,
  };
}

export function needRow(companyId: string, n: ExchangeSourcingNeed, position: number): NewSourcingNeed {
  return {
    companyId,
    ref: n.ref,
    description: n.description,
    hsCode: n.hsCode ?? null,
    inferredHsCode: n.hsCode ? null : inferHsCode(allTexts(n.description)),
    priceMinJpy: n.priceJpy?.min ?? null,
    priceMaxJpy: n.priceJpy?.max ?? null,
    volume: n.volume?.trim() ? n.volume : null,
    position,
  };
}

export function channelRow(companyId: string, c: ExchangeSalesChannel, position: number): NewSalesChannel {
  return {
    companyId,
    type: c.type,
    regions: c.regions,
    outlets: c.outlets ?? null,
    description: c.description ?? null,
    position,
  };
}
