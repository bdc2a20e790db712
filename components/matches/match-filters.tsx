import { getTranslations } from "next-intl/server";
import type { MatchFilters as Filters } from "@/lib/matching/read";

type Option = { value: string; label: string };

/** GET filters, so a filtered list has its own link. */
export async function MatchFilters({
  values,
  channelTypes,
  regions,
  chapters,
}: {
  values: Filters;
  channelTypes: Option[];
  regions: Option[];
  chapters: Option[];
}) {
  const t = await getTranslations("matchesPage");
  const select = (name: keyof Filters, label: string, options: Option[]) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={values[name] ?? ""} className="max-w-xs rounded-md border border-stone-300 px-3 py-2">
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-stone-200 bg-white p-4">
      {select("channelType", t("filterChannel"), channelTypes)}
      {select("region", t("filterRegion"), regions)}
      {select("hsChapter", t("filterHs"), chapters)}
      <button type="submit" className="rounded-md border border-stone-300 px-4 py-2">
        {t("apply")}
      </button>
    </form>
  );
}
