import { getFormatter, getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import { PriceRange } from "@/components/catalog/price-range";
import { LocalizedText } from "@/components/localized-text";
import type { SalesChannel, SourcingNeed } from "@/db/schema";
import { regionName } from "@/lib/geo/regions";
import { hsName } from "@/lib/hs/nomenclature";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** A distributor's sales routes, categories handled and current sourcing needs, for its profile. */
export async function DistributorRoutes({
  channels,
  needs,
  hsCodes,
  locale,
  canQuote = false,
}: {
  channels: SalesChannel[];
  needs: SourcingNeed[];
  hsCodes: string[];
  locale: Locale;
  /** The viewer is an SME that may answer the needs with a quotation. */
  canQuote?: boolean;
}) {
  const tq = await getTranslations("quotations");
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
                <p className="text-stone-600">{format.list(c.regions.map((r) => regionName(r, locale)))}</p>
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
              // A need may give only a lowest or only a highest price: "from …" / "up to …".
              const facts: ReactNode[] = [
                code && (n.hsCode ? hs(code) : t("hsSuggested", { code: hs(code) })),
                (n.priceMinJpy != null || n.priceMaxJpy != null) && <PriceRange min={n.priceMinJpy} max={n.priceMaxJpy} testId="need-price" />,
                n.volume,
                n.quantityPerDelivery != null && tq("needQuantity", { count: n.quantityPerDelivery }),
                n.deadline && tq("needDeadline", { date: n.deadline }),
              ].filter(Boolean);
              return (
                <li key={n.id} data-testid="need" className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
                  <LocalizedText as="p" value={n.description} locale={locale} />
                  {facts.length > 0 && (
                    <p className="mt-1 text-stone-600">
                      {facts.map((fact, i) => (
                        <Fragment key={i}>
                          {i > 0 && " · "}
                          {fact}
                        </Fragment>
                      ))}
                    </p>
                  )}
                  {canQuote && (
                    <Link href={`/quotations/new?need=${n.id}`} className="mt-2 inline-block font-medium text-indigo-800 underline" data-testid="quote-link">
                      {tq("quote")}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
