import { useTranslations } from "next-intl";
import type { SearchParams } from "@/lib/search/params";
import { Button } from "@/components/ui/button";

const filterKeys = ["type", "hs", "region", "channel", "lang", "chamber"] as const;

/**
 * A plain GET form, so every search is a URL that can be shared and reloaded. The facet filters
 * ride along as hidden inputs; a new query starts again at page 1.
 */
export function SearchForm({ action, params, importableFilter = false }: { action: string; params: SearchParams; importableFilter?: boolean }) {
  const t = useTranslations("search.form");
  const ta = useTranslations("access");
  const input =
    "rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200";
  return (
    <form method="get" action={action} role="search" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="search-form">
      {filterKeys.map((key) => (params[key] ? <input key={key} type="hidden" name={key} value={params[key]} /> : null))}
      <div className="flex flex-col gap-1">
        <label htmlFor="search-q" className="text-sm font-medium text-stone-800">
          {t("query")}
        </label>
        <div className="flex gap-2">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            placeholder={t("queryPlaceholder")}
            maxLength={200}
            className={`${input} min-w-0 flex-1`}
            data-testid="search-query"
          />
          <Button type="submit" data-testid="search-submit">
            {t("submit")}
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <NumberField name="priceMin" label={t("priceMin")} value={params.priceMin} className={input} />
        <NumberField name="priceMax" label={t("priceMax")} value={params.priceMax} className={input} />
        <NumberField name="moqMax" label={t("moqMax")} value={params.moqMax} className={input} />
        <div className="flex flex-col gap-1">
          <label htmlFor="search-sort" className="text-sm font-medium text-stone-800">
            {t("sort")}
          </label>
          <select id="search-sort" name="sort" defaultValue={params.sort} className={input} data-testid="search-sort">
            <option value="relevance">{t("sortRelevance")}</option>
            <option value="newest">{t("sortNewest")}</option>
          </select>
        </div>
        {importableFilter && (
          <label className="flex max-w-xs items-start gap-2 self-end text-sm text-stone-800" title={ta("searchFilterHint")}>
            <input type="checkbox" name="importable" value="1" defaultChecked={params.importable === "1"} className="mt-1" data-testid="search-importable" />
            <span>
              {ta("searchFilter")}
              <span className="block text-xs text-stone-600">{ta("searchFilterHint")}</span>
            </span>
          </label>
        )}
      </div>
    </form>
  );
}

function NumberField({ name, label, value, className }: { name: string; label: string; value: number | undefined; className: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`search-${name}`} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={`search-${name}`}
        name={name}
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        defaultValue={value ?? ""}
        className={`${className} w-40`}
        data-testid={`search-${name}`}
      />
    </div>
  );
}
