import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { TableScroll } from "@/components/ui/table-scroll";
import type { SignedDeal } from "@/lib/chamber/signed-deals";
import type { Locale } from "@/lib/i18n/routing";

/** The deals signed in the period: both parties in the reader's language, the product asked about, the day signed (Japan time). */
export async function SignedDealsTable({ deals, locale }: { deals: SignedDeal[]; locale: Locale }) {
  const t = await getTranslations("chamberConsole.report");
  const format = await getFormatter();
  return (
    <section aria-labelledby="signed-title" className="flex flex-col gap-3">
      <h2 id="signed-title" className="text-lg font-semibold print:break-after-avoid">
        {t("signedTitle", { count: deals.length })}
      </h2>
      {deals.length === 0 ? (
        <p className="text-sm text-stone-600">{t("signedEmpty")}</p>
      ) : (
        <TableScroll label={t("signedTitle", { count: deals.length })}>
          <table className="w-full text-left text-sm" data-testid="signed-deals">
            <thead className="text-stone-500">
              <tr>
                <th className="py-2 pr-2">{t("manufacturer")}</th>
                <th className="pr-2">{t("distributor")}</th>
                <th className="pr-2">{t("product")}</th>
                <th className="text-right whitespace-nowrap">{t("signedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {deals.map((d) => (
                <tr key={d.id} className="break-inside-avoid border-t border-stone-200 align-top" data-testid="signed-deal">
                  <td className="py-2 pr-2">
                    <LocalizedText value={d.sme} locale={locale} />
                  </td>
                  <td className="py-2 pr-2">
                    <LocalizedText value={d.distributor} locale={locale} />
                  </td>
                  <td className="py-2 pr-2">{d.product ? <LocalizedText value={d.product} locale={locale} /> : d.subject}</td>
                  <td className="py-2 text-right whitespace-nowrap tabular-nums">
                    {format.dateTime(d.signedAt, { dateStyle: "medium", timeZone: "Asia/Tokyo" })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
