import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { dealSteps, type DealCounts } from "@/lib/chamber/funnel";

/** One breakdown: a row per member, province, chapter or channel type, its deals per step. */
export async function BreakdownTable({
  title,
  head,
  rows,
  testId,
}: {
  title: string;
  head: string;
  rows: (DealCounts & { key: string; label: ReactNode })[];
  testId: string;
}) {
  const t = await getTranslations("chamberConsole");
  const format = await getFormatter();
  return (
    <section className="flex min-w-0 flex-col gap-2">
      <h3 className="font-semibold">{title}</h3>
      {rows.length === 0 ? (
        <p className="text-sm text-stone-600">{t("breakdowns.empty")}</p>
      ) : (
        <TableScroll label={title}>
          <table className="w-full text-left text-sm" data-testid={testId}>
            <thead className="text-stone-500">
              <tr>
                <th className="py-2">{head}</th>
                {dealSteps.map((s) => (
                  <th key={s} className="px-2 text-right">
                    {s === "contacted" ? t("breakdowns.opened") : t(`steps.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-t border-stone-200" data-key={r.key}>
                  <th scope="row" className="py-2 font-normal">
                    {r.label}
                  </th>
                  {dealSteps.map((s) => (
                    <td key={s} className="px-2 text-right tabular-nums">
                      {format.number(r[s])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
