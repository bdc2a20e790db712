import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { requireUser } from "@/lib/auth/access";
import { listVisibleCompanies } from "@/lib/companies/directory";
import { regionName } from "@/lib/geo/regions";
import { pickLocalized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { z } from "zod";
import { pageParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ page: pageParam });

const pageSize = 24;

export default async function CompaniesPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/companies");
  const { page } = readSearchParams(searchSchema, await searchParams);
  const { rows, total } = await listVisibleCompanies(user, page, pageSize);
  const t = await getTranslations("company.directory");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t(user.role === "distributor" ? "titleSuppliers" : user.role === "sme" ? "titleDistributors" : "titleAll")}</h1>
      <p className="text-sm text-stone-600">{t("count", { count: total })}</p>
      {rows.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {rows.map(({ company, chamberName }) => (
            <li key={company.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <Link href={`/companies/${company.id}`} className="text-lg font-semibold text-indigo-800 hover:underline">
                <LocalizedText value={company.name} locale={locale} />
              </Link>
              <p className="text-sm text-stone-600">
                {[regionName(company.region, locale), company.city].filter(Boolean).join(" · ")}
                {chamberName && ` · ${pickLocalized(chamberName, locale)?.text}`}
              </p>
              <LocalizedText as="p" value={company.description} locale={locale} className="mt-2 line-clamp-3 text-sm text-stone-700" />
            </li>
          ))}
        </ul>
      )}
      <nav className="flex gap-4" aria-label={t("pages")}>
        {page > 0 && <Link href={`/companies?page=${page - 1}`}>{t("previous")}</Link>}
        {(page + 1) * pageSize < total && <Link href={`/companies?page=${page + 1}`}>{t("next")}</Link>}
      </nav>
    </div>
  );
}
