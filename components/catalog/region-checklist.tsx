import { useLocale, useTranslations } from "next-intl";
import { ALL_CHINA, regionName, regionsOf } from "@/lib/geo/regions";

type Props = { name: string; legend: string; selected: readonly string[]; errors?: string[]; idPrefix?: string };

/** "All of China" or any provinces, as a checkbox group named `name`. */
export function RegionChecklist({ name, legend, selected, errors, idPrefix = name }: Props) {
  const t = useTranslations("catalog.regions");
  const locale = useLocale();
  const errorId = errors?.length ? `${idPrefix}-error` : undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={errorId}>
      <legend className="mb-1 text-sm font-medium text-stone-800">{legend}</legend>
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" name={name} value={ALL_CHINA} defaultChecked={selected.includes(ALL_CHINA)} />
        {t("allChina")}
      </label>
      <details open={selected.some((c) => c !== ALL_CHINA)}>
        <summary className="cursor-pointer text-sm text-stone-600">{t("provinces")}</summary>
        <div className="grid grid-cols-2 gap-1 pt-2 text-sm sm:grid-cols-4">
          {regionsOf("CN").map((region) => (
            <label key={region.code} className="flex items-center gap-2">
              <input type="checkbox" name={name} value={region.code} defaultChecked={selected.includes(region.code)} />
              {regionName(region.code, locale)}
            </label>
          ))}
        </div>
      </details>
      {errors?.map((e) => (
        <p key={e} id={errorId} className="text-sm text-red-700">
          {e}
        </p>
      ))}
    </fieldset>
  );
}
