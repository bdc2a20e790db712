import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pager } from "@/components/search/pager";
import { ResultCard } from "@/components/search/result-card";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchForm } from "@/components/search/search-form";
import { requireUser } from "@/lib/auth/access";
import { thumbnailsFor } from "@/lib/catalog/thumbnails";
import { chamberLabels } from "@/lib/chambers/labels";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { PageSearchParams } from "@/lib/http/search-params";
import { parseSearchParams, searchHref } from "@/lib/search/params";
import { searchItemsFor } from "@/lib/search/query";
import { searchViewerOf } from "@/lib/companies/access";
import { PageHeader } from "@/components/ui/page-header";
import { replyStatsFor } from "@/lib/trust/reply-stats";
import { SaveSearchForm } from "@/components/search/save-search-form";
import { SavedSearchList } from "@/components/search/saved-search-list";
import { listSavedSearches } from "@/lib/saved-searches/store";
import { searchOf, storedParams } from "@/lib/saved-searches/schemas";
import { saveSearchAction, stopSavedSearchAction } from "./actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "search" });
  return { title: t("metaTitle") };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = parseSearchParams(await searchParams);
  const user = await requireUser(locale, searchHref(query));
  const [result, t] = await Promise.all([
    searchItemsFor(await searchViewerOf(user, { importable: query.importable === "1" }), query),
    getTranslations("search"),
  ]);
  // The reply figures of every card's company in one query.
  const [thumbnails, chamberNames, replies, saved, ts] = await Promise.all([
    thumbnailsFor({
      productIds: result.hits.filter((h) => h.kind === "product").map((h) => h.itemId),
      companyIds: result.hits.filter((h) => h.kind !== "product").map((h) => h.companyId),
    }),
    chamberLabels(
      result.facets.chamber.map((f) => f.value),
      locale,
    ),
    replyStatsFor(result.hits.map((h) => h.companyId)),
    listSavedSearches(user),
    getTranslations("savedSearches"),
  ]);
  const current = Object.fromEntries(Object.entries(storedParams(query)).map(([k, v]) => [k, String(v)]));
  const audience = user.role === "distributor" || user.role === "sme" ? user.role : "admin";
  const filtered = ["type", "hs", "region", "channel", "lang", "chamber", "priceMin", "priceMax", "moqMax", "importable"].some(
    (k) => query[k as keyof typeof query] !== undefined,
  );
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t(`title.${audience}`)} />
      <SearchForm action={`/${locale}/search`} params={query} importableFilter={user.role === "distributor"} />
      <details className="rounded-lg border border-stone-200 bg-stone-50 p-4" data-testid="saved-searches-panel">
        <summary className="cursor-pointer font-medium">{ts("panel", { count: saved.length })}</summary>
        <div className="flex flex-col gap-4 pt-3">
          <SavedSearchList
            searches={saved.map((s) => ({ ...s, href: searchHref(searchOf(s.params), { sort: undefined }) }))}
            stopAction={stopSavedSearchAction}
          />
          <h2 className="font-semibold">{ts("saveTitle")}</h2>
          <p className="text-sm text-stone-700">{ts("saveIntro")}</p>
          <SaveSearchForm action={saveSearchAction} params={current} withMatches={audience !== "admin"} defaultName={query.q ?? ts("defaultName")} />
        </div>
      </details>
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <SearchFacets facets={result.facets} params={query} chamberNames={chamberNames} />
        <section aria-labelledby="search-results-heading" className="flex flex-col gap-4">
          <div className="flex items-baseline justify-between gap-4">
            <h2 id="search-results-heading" className="text-lg font-semibold" data-testid="search-count">
              {t("results.count", { count: result.total })}
            </h2>
            {filtered && (
              <Link href={searchHref({ sort: query.sort, page: 1, q: query.q })} className="text-sm text-indigo-800 hover:underline" data-testid="search-clear">
                {t("form.clearAll")}
              </Link>
            )}
          </div>
          {result.relaxed && result.hits.length > 0 && (
            <p className="text-sm text-stone-600" data-testid="search-relaxed">
              {t("results.relaxed")}
            </p>
          )}
          {result.hits.length === 0 ? (
            <div className="rounded-lg border border-dashed border-stone-300 p-6 text-stone-600" data-testid="search-empty">
              <p>{t("results.empty")}</p>
              <p className="text-sm">{t("results.emptyHint")}</p>
            </div>
          ) : (
            <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3" data-testid="search-results">
              {result.hits.map((hit) => (
                <li key={`${hit.kind}-${hit.itemId}`} className="flex">
                  <ResultCard
                    hit={hit}
                    thumbnailId={thumbnails.get(hit.kind === "product" ? hit.itemId : hit.companyId)}
                    replies={replies.get(hit.companyId)}
                  />
                </li>
              ))}
            </ul>
          )}
          <Pager
            page={result.page}
            pageCount={result.pageCount}
            previousHref={searchHref(query, { page: Math.min(result.page - 1, result.pageCount) })}
            nextHref={searchHref(query, { page: result.page + 1 })}
          />
        </section>
      </div>
    </div>
  );
}
