import { getFormatter, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { funnelSteps, type Funnel } from "@/lib/chamber/funnel";
import { LazyFunnelChart } from "./charts";

/** The funnel: a chart, and its numbers with the conversion from each step to the next in a table. */
export async function FunnelSection({ funnel, locale }: { funnel: Funnel; locale: string }) {
  const t = await getTranslations("chamberConsole");
  const format = await getFormatter();
  const percent = (part: number, whole: number) => (whole > 0 ? format.number(part / whole, { style: "percent", maximumFractionDigits: 1 }) : "—");
  return (
    <section aria-labelledby="funnel-title" className="flex flex-col gap-3">
      <h2 id="funnel-title" className="text-lg font-semibold">
        {t("funnel.title")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-1">
        <LazyFunnelChart data={funnelSteps.map((s) => ({ label: t(`steps.${s}`), value: funnel[s] }))} locale={locale} title={t("funnel.chart")} />
        <TableScroll label={t("funnel.title")}>
          <table className="w-full text-left text-sm" data-testid="funnel-table">
            <thead className="text-stone-500">
              <tr>
                <th className="py-2">{t("funnel.step")}</th>
                <th className="text-right">{t("funnel.companies")}</th>
                <th className="text-right">{t("funnel.conversion")}</th>
              </tr>
            </thead>
            <tbody>
              {funnelSteps.map((s, i) => (
                <tr key={s} className="border-t border-stone-200" data-step={s}>
                  <th scope="row" className="py-2 font-normal">
                    <span className="font-medium">{t(`steps.${s}`)}</span>
                    <span className="block text-xs text-stone-500">{t(`stepHelp.${s}`)}</span>
                  </th>
                  <td className="text-right tabular-nums" data-testid={`funnel-${s}`}>
                    {format.number(funnel[s])}
                  </td>
                  <td className="text-right tabular-nums">{i === 0 ? "" : percent(funnel[s], funnel[funnelSteps[i - 1]!])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </section>
  );
}
