import { useLocale, useTranslations } from "next-intl";
import { hsName } from "@/lib/hs/nomenclature";
import { regionName } from "@/lib/geo/regions";
import { knownKey } from "@/lib/i18n/keys";
import { searchHref, type SearchFilterKey, type SearchParams } from "@/lib/search/params";
import type { SearchResult } from "@/lib/search/query";
import { FacetGroup } from "./facet-group";

const order: SearchFilterKey[] = ["type", "hs", "region", "channel", "lang", "chamber"];

/** Every filter with its values' counts for the current query, labelled in the reader's language. */
export function SearchFacets({ facets, params, chamberNames }: { facets: SearchResult["facets"]; params: SearchParams; chamberNames: Record<string, string> }) {
  const t = useTranslations("search");
  const catalog = useTranslations("catalog.channelTypes");
  const common = useTranslations("common.languageNames");
  const locale = useLocale();
  const label: Record<SearchFilterKey, (v: string) => string> = {
    type: (v) => {
      const key = `types.${v}`;
      return knownKey(t, key) ? t(key) : v;
    },
    hs: (v) => `${v} ${hsName(v, locale) ?? ""}`.trim(),
    region: (v) => regionName(v, locale),
    channel: (v) => (knownKey(catalog, v) ? catalog(v) : v),
    lang: (v) => (knownKey(common, v) ? common(v) : v),
    chamber: (v) => chamberNames[v] ?? v,
  };
  return (
    <aside aria-label={t("facets.label")} className="flex flex-col gap-5" data-testid="search-facets">
      {order.map((key) => (
        <FacetGroup
          key={key}
          name={key}
          title={t(`facets.${key}`)}
          selected={params[key]}
          clearHref={searchHref(params, { [key]: undefined })}
          options={facets[key].map((f) => ({ value: f.value, label: label[key](f.value), count: f.count, href: searchHref(params, { [key]: f.value }) }))}
        />
      ))}
    </aside>
  );
}
