import { getFormatter, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { funnelSteps, type SeriesPoint } from "@/lib/chamber/funnel";
import type { Unit } from "@/lib/chamber/period";
import { LazySeriesChart } from "./charts";

/** The funnel per week or month: a line chart and the same numbers in a table. */
export async function SeriesSection({ series, unit, locale }: { series: SeriesPoint[]; unit: Unit; locale: string }) {
  const t = await getTranslations("chamberConsole");
  const format = await getFormatter();
  const label = (start: string) => {
    const date = new Date(`${start}T00:00:00Z`);
    return unit === "month"
      ? format.dateTime(date, { year: "numeric", month: "short", timeZone: "UTC" })
      : t("series.weekOf", { date: format.dateTime(date, { month: "short", day: "numeric", timeZone: "UTC" }) });
  };
  const points = series.map((p) => ({ ...p, label: label(p.start) }));
  return (
    <section aria-labelledby="series-title" className="flex flex-col gap-3">
      <h2 id="series-title" className="text-lg font-semibold">
        {t("series.title")}
      </h2>
      <LazySeriesChart points={points} lines={funnelSteps.map((s) => ({ key: s, label: t(`steps.${s}`) }))} locale={locale} title={t("series.chart")} />
      <TableScroll label={t("series.title")}>
        <table className="w-full text-left text-sm" data-testid="series-table">
          <thead className="text-stone-500">
            <tr>
              <th className="py-2">{t("series.start")}</th>
              {funnelSteps.map((s) => (
                <th key={s} className="px-2 text-right">
                  {t(`steps.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.start} className="border-t border-stone-200">
                <th scope="row" className="py-2 font-normal whitespace-nowrap">
                  {p.label}
                </th>
                {funnelSteps.map((s) => (
                  <td key={s} className="px-2 text-right tabular-nums">
                    {format.number(p[s])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
