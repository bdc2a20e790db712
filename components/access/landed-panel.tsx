import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { Landed } from "@/lib/access/landed";
import type { LandedView } from "@/lib/access/landed-view";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

const cny = (locale: Locale, fen: number) => new Intl.NumberFormat(locale, { style: "currency", currency: "CNY" }).format(fen / 100);
const jpy = (locale: Locale, yen: number) => new Intl.NumberFormat(locale, { style: "currency", currency: "JPY" }).format(yen);
const pct = (bp: number | null) => (bp === null ? null : `${bp / 100}%`);

/** The estimate for one match: each step per route, the band it is compared with, and every assumption with its date. */
export async function LandedPanel({ view, locale }: { view: LandedView; locale: Locale }) {
  const t = await getTranslations("access.landed");
  const compare = (fen: number) => {
    const band = view.bandFen;
    if (!band) return null;
    if (band.max !== null && fen > band.max) return t("aboveBand");
    if (band.min !== null && fen < band.min) return t("belowBand");
    return t("inBand");
  };
  const steps = (l: Landed) =>
    [
      [t("exWorks"), l.exWorksFen],
      [t("freight"), l.freightFen],
      [t("insurance"), l.insuranceFen],
      [t("cif"), l.cifFen],
      [`${t("duty")} (${t(`dutyBasis.${l.dutyBasis}`)} ${pct(l.dutyBp)})`, l.dutyFen],
      [t("consumptionTax"), l.consumptionTaxFen],
      [t("vat"), l.vatFen],
      [t("cbecTax"), l.cbecTaxFen],
      [t("landed"), l.landedFen],
      [t("margin"), l.marginFen],
    ] as const;
  const { tariff } = view;
  return (
    <details className="rounded-md border border-stone-200 p-3 text-sm" data-testid="landed-panel">
      <summary className="cursor-pointer">
        {t("title")}: <LocalizedText value={view.product} locale={locale} /> {jpy(locale, view.exWorksJpy)}
      </summary>
      <p className="mt-1 text-stone-600">{t("lead")}</p>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        {view.routes.map((r) => (
          <table key={r.route} className="text-left" data-testid={`landed-${r.route}`}>
            <caption className="text-left font-medium">{r.route === "GT" ? "GT" : "CBEC"}</caption>
            <tbody>
              {steps(r.mfn)
                .filter(([, v]) => v !== 0)
                .map(([label, v]) => (
                  <tr key={label}>
                    <th className="pr-3 font-normal text-stone-600">{label}</th>
                    <td>{cny(locale, v)}</td>
                  </tr>
                ))}
              <tr>
                <th className="pr-3">{t("shelf")}</th>
                <td data-testid="landed-shelf">
                  {cny(locale, r.mfn.shelfFen)}{" "}
                  {compare(r.mfn.landedFen) && (
                    <span className="text-stone-600">
                      ({t("landed")}: {compare(r.mfn.landedFen)})
                    </span>
                  )}
                </td>
              </tr>
              {r.rcep && (
                <tr>
                  <th className="pr-3">{t("rcep")}</th>
                  <td>{cny(locale, r.rcep.shelfFen)}</td>
                </tr>
              )}
              {r.mfn.overCbecLimit && (
                <tr>
                  <td colSpan={2} className="text-amber-900">
                    {t("overLimit")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        ))}
      </div>
      {view.bandFen && (
        <p className="mt-2">
          {t("band")}: {view.bandFen.min !== null ? cny(locale, view.bandFen.min) : "—"} – {view.bandFen.max !== null ? cny(locale, view.bandFen.max) : "—"}
        </p>
      )}
      <p className="mt-2 font-medium">{t("assumptions")}</p>
      <ul className="list-disc pl-5 text-stone-700">
        <li>
          {t("rates", {
            hs: tariff.hs,
            year: tariff.year,
            mfn: pct(tariff.mfnBp)!,
            rcep: pct(tariff.rcepBp) ?? t("notFound"),
            vat: pct(tariff.vatBp)!,
            ct: pct(tariff.consumptionTaxBp)!,
            source: tariff.source,
            date: tariff.sourceDate ?? "—",
          })}
        </li>
        {[...new Map(view.routes.flatMap((r) => r.used).map((a) => [a.key, a])).values()].map((a) => (
          <li key={a.key}>
            {pickLocalized(a.note, locale)?.text}: {a.unit === "bp" ? pct(a.value) : a.value} ({t("asOf", { date: a.asOf })})
          </li>
        ))}
      </ul>
    </details>
  );
}
