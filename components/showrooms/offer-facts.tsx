import { getFormatter, getTranslations } from "next-intl/server";
import type { ShowroomOffer } from "@/db/schema";
import { regionName } from "@/lib/geo/regions";
import { hsLabel } from "@/lib/hs/nomenclature";
import type { Locale } from "@/lib/i18n/routing";
import { dateOf } from "@/lib/showrooms/dates";

/** Where, when, how large and for what an offer is: shared by the list and the offer page. */
export async function OfferFacts({ offer, locale, compact = false }: { offer: ShowroomOffer; locale: Locale; compact?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("showrooms.offer"), getFormatter()]);
  const period = format.dateTimeRange(dateOf(offer.startsOn), dateOf(offer.endsOn), { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  const facts: [string, string, string][] = [
    ["place", t("place"), `${offer.place} (${regionName(offer.region, locale)})`],
    ["period", t("period"), period],
  ];
  if (!compact) {
    if (offer.sizeSqm !== null) facts.push(["size", t("size"), t("sizeValue", { size: format.number(offer.sizeSqm) })]);
    facts.push([
      "fee",
      t("fee"),
      offer.feeJpy === null ? t("feeNone") : offer.feeJpy === 0 ? t("feeFree") : format.number(offer.feeJpy, { style: "currency", currency: "JPY" }),
    ]);
    facts.push([
      "categories",
      t("categories"),
      offer.categories.length ? offer.categories.map((code) => hsLabel(code, locale)).join(" / ") : t("categoriesAll"),
    ]);
  }
  return (
    <dl data-testid="offer-facts" className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
      {facts.map(([key, label, value]) => (
        <div key={key} className="contents" data-testid={`offer-${key}`}>
          <dt className="text-stone-600">{label}</dt>
          <dd className="text-stone-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
