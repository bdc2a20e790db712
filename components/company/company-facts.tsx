import { getFormatter, getTranslations } from "next-intl/server";
import type { Company } from "@/db/schema";
import { registryKindOf } from "@/lib/companies/registry-number";
import { regionName } from "@/lib/geo/regions";
import { knownKey } from "@/lib/i18n/keys";
import type { Locale } from "@/lib/i18n/routing";

/** The profile's facts: where, how big, since when, which languages, what it targets. */
export async function CompanyFacts({ company, locale }: { company: Company; locale: Locale }) {
  const t = await getTranslations("company.public");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const languageName = (code: string) => {
    const key = `languageNames.${code}`;
    return knownKey(tc, key) ? tc(key) : code;
  };
  const rows: [string, React.ReactNode][] = [[t("region"), [regionName(company.region, locale), company.city].filter(Boolean).join(" · ")]];
  if (company.languages.length) rows.push([t("languages"), format.list(company.languages.map((l) => languageName(l)))]);
  if (company.employees) rows.push([t("employees"), format.number(company.employees)]);
  if (company.foundedYear) rows.push([t("founded"), String(company.foundedYear)]);
  if (company.minOrderJpy != null) rows.push([t("minOrder"), format.number(company.minOrderJpy, { style: "currency", currency: "JPY" })]);
  if (company.targetRegions.length) rows.push([t("targetRegions"), format.list(company.targetRegions.map((r) => regionName(r, locale)))]);
  if (company.registryNumber)
    rows.push([
      t(`registryNumber_${registryKindOf(company.country === "JP" ? "JP" : "CN")}`),
      <span key="r" className="font-mono" data-testid="registry-number">
        {company.registryNumber}
      </span>,
    ]);
  if (company.website)
    rows.push([
      t("website"),
      <a key="w" href={company.website} rel="noopener noreferrer nofollow" target="_blank" className="text-indigo-800 underline">
        {company.website}
      </a>,
    ]);
  return (
    <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-stone-500">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
