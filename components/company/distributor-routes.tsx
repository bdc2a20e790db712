import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { SalesChannel, SourcingNeed } from "@/db/schema";
import { regionName } from "@/lib/geo/regions";
import { hsName } from "@/lib/hs/nomenclature";
import type { Locale } from "@/lib/i18n/routing";

/** A distributor's sales routes, categories handled and current sourcing needs, for its profile. */
export async function DistributorRoutes({ channels, needs, hsCodes, locale }: { channels: SalesChannel[]; needs: SourcingNeed[]; hsCodes: string[]; locale: Locale }) {
  const t = await getTranslations("company.public");
  const tm = await getTranslations("catalog.channelTypes");
  const format = await getFormatter();
  const hs = (code: string) => `${code} ${hsName(code, locale) ?? ""}`.trim();
  return (
    <div className="flex flex-col gap-6">
      {channels.length > 0 && (
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t("channels")}</h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {channels.map((c) => (
              <li key={c.id} data-testid="channel" className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
                <p className="font-medium">{tm(c.type)}</p>
                <p className="text-stone-600">{c.regions.map((r) => regionName(r, locale)).join("、")}</p>
                {c.outlets != null && <p className="text-stone-600">{t("outlets", { count: c.outlets })}</p>}
                <LocalizedText as="p" value={c.description} locale={locale} className="mt-1 text-stone-700" />
              </li>
            ))}
          </ul>
        </section>
      )}
      {hsCodes.length > 0 && (
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t("categories")}</h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {hsCodes.map((code) => (
              <li key={code} className="rounded-full bg-stone-100 px-3 py-1">
                {hs(code)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {needs.length > 0 && (
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t("needs")}</h2>
          <ul className="flex flex-col gap-3">
            {needs.map((n) => {
              const code = n.hsCode ?? n.inferredHsCode;
              return (
                <li key={n.id} data-testid="need" className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
                  <LocalizedText as="p" value={n.description} locale={locale} />
                  <p className="mt-1 text-stone-600">
                    {code && `${hs(code)}${n.hsCode ? "" : ` (${t("suggested")})`}`}
                    {n.priceMinJpy != null && n.priceMaxJpy != null &&
                      ` · ${format.number(n.priceMinJpy, { style: "currency", currency: "JPY" })} – ${format.number(n.priceMaxJpy, { style: "currency", currency: "JPY" })}`}
                    {n.volume && ` · ${n.volume}`}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
