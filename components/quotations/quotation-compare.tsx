import { useFormatter, useTranslations } from "next-intl";
import { PriceRange } from "@/components/catalog/price-range";
import { LocalizedText } from "@/components/localized-text";
import { TableScroll } from "@/components/ui/table-scroll";
import type { QuotationView } from "@/lib/quotations/read";

/** The quotations on one need side by side: price per unit on each one's Incoterm, lead time, validity, supplier. */
export function QuotationCompare({ quotations, expired }: { quotations: QuotationView[]; expired: (id: string) => boolean }) {
  const t = useTranslations("quotations");
  const format = useFormatter();
  return (
    <TableScroll label={t("compareTitle")}>
      <table className="w-full text-left text-sm" data-testid="quotation-compare">
        <thead>
          <tr className="border-b border-stone-300">
            <th className="p-2">{t("columns.supplier")}</th>
            <th className="p-2">{t("columns.product")}</th>
            <th className="p-2">{t("columns.unitPrice")}</th>
            <th className="p-2">{t("columns.incoterm")}</th>
            <th className="p-2">{t("columns.moq")}</th>
            <th className="p-2">{t("columns.leadTime")}</th>
            <th className="p-2">{t("columns.validUntil")}</th>
            <th className="p-2">{t("columns.replyRate")}</th>
            <th className="p-2">{t("columns.status")}</th>
          </tr>
        </thead>
        <tbody>
          {quotations.map((q) => (
            <tr key={q.id} className="border-b border-stone-200 align-top" data-testid="compare-row">
              <td className="p-2">
                <LocalizedText as="span" value={q.smeName} className="font-medium" />
                {q.chamberName && (
                  <span className="mt-1 block w-fit rounded-full bg-emerald-50 px-2 py-0.5 text-xs text-emerald-900" data-testid="chamber-badge">
                    <LocalizedText as="span" value={q.chamberName} />
                  </span>
                )}
              </td>
              <td className="p-2">{q.latest.productName}</td>
              <td className="p-2" data-testid="compare-price">
                <PriceRange min={q.latest.unitPrice} max={q.latest.unitPrice} testId={`compare-price-${q.id}`} />
              </td>
              <td className="p-2">{t("incotermAt", { incoterm: q.latest.incoterm, place: q.latest.incotermPlace })}</td>
              <td className="p-2">{format.number(q.latest.moq)}</td>
              <td className="p-2">{t("days", { count: q.latest.leadTimeDays })}</td>
              <td className="p-2">
                {q.latest.validUntil}
                {expired(q.id) && <span className="block text-xs text-red-700">{t("expiredMark")}</span>}
              </td>
              <td className="p-2">{q.replyRate === undefined ? t("replyRateUnknown") : format.number(q.replyRate, { style: "percent" })}</td>
              <td className="p-2">
                {t(`statuses.${q.status}`)} · {t("version", { version: q.version })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
