import "server-only";
import type { Company } from "@/db/schema";
import { regionsOf, type Country } from "@/lib/geo/regions";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { listChambers } from "./directory";
import { registryKindOf } from "./registry-number";

/** Select options for the company form, named in the reader's language. */
export async function companyFormOptions(country: Country, locale: Locale) {
  const regions = regionsOf(country).map((r) => ({ value: r.code, label: r.name[locale] }));
  const chambers = (await listChambers()).map((c) => ({ value: c.id, label: pickLocalized(c.name, locale)?.text ?? c.key }));
  return { regions, chambers, registry: registryKindOf(country) };
}

/** A company's current profile as form defaults (field names as in companyFormSchema). */
export function companyFormDefaults(company: Company): Record<string, string | string[]> {
  const defaults: Record<string, string | string[]> = {
    region: company.region,
    city: company.city ?? "",
    employees: company.employees?.toString() ?? "",
    foundedYear: company.foundedYear?.toString() ?? "",
    website: company.website ?? "",
    registryNumber: company.registryNumber ?? "",
    wechatId: company.wechatId ?? "",
    lineId: company.lineId ?? "",
    wecomId: company.wecomId ?? "",
    phone: company.phone ?? "",
    chamberId: company.chamberId ?? "",
    languages: company.languages,
  };
  for (const lang of ["ja", "zh", "en"] as const) {
    defaults[`name_${lang}`] = company.name[lang] ?? "";
    defaults[`description_${lang}`] = company.description?.[lang] ?? "";
  }
  return defaults;
}
