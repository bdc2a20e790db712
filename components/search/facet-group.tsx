import { useLocale, useTranslations } from "next-intl";

export type FacetOption = { value: string; label: string; count: number; href: string };

/**
 * One filter as a list of links with their result counts under the current query; the chosen
 * value is marked and "Any" clears it. Links keep the other filters, so each is a shareable URL.
 * Plain anchors, not the router's Link: a search shows a hundred of them, and each Link is a client
 * component the server serializes and the browser hydrates and prefetches (the search form itself
 * navigates with a plain GET).
 */
export function FacetGroup({
  name,
  title,
  options,
  selected,
  clearHref,
}: {
  name: string;
  title: string;
  options: FacetOption[];
  selected: string | undefined;
  clearHref: string;
}) {
  const t = useTranslations("search.facets");
  const locale = useLocale();
  const link = "flex justify-between gap-2 rounded px-2 py-1 text-sm hover:bg-stone-100";
  return (
    <section aria-labelledby={`facet-${name}`} data-testid={`facet-${name}`} className="flex flex-col gap-1">
      <h3 id={`facet-${name}`} className="text-sm font-semibold text-stone-800">
        {title}
      </h3>
      <ul className="flex flex-col">
        <li>
          <a
            href={`/${locale}${clearHref}`}
            className={`${link} ${selected ? "" : "font-semibold text-indigo-800"}`}
            aria-current={selected ? undefined : "true"}
          >
            {t("clear")}
          </a>
        </li>
        {options.map((o) => (
          <li key={o.value}>
            <a
              href={`/${locale}${o.href}`}
              className={`${link} ${o.value === selected ? "bg-indigo-50 font-semibold text-indigo-800" : ""}`}
              aria-current={o.value === selected ? "true" : undefined}
              data-testid={`facet-${name}-${o.value}`}
            >
              <span>{o.label}</span>
              <span className="text-stone-500" data-testid="facet-count">
                {o.count}
              </span>
            </a>
          </li>
        ))}
        {options.length === 0 && <li className="px-2 text-sm text-stone-500">{t("none")}</li>}
      </ul>
    </section>
  );
}
