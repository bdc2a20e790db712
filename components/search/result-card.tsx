import { useLocale, useTranslations } from "next-intl";
import { HsCode } from "@/components/catalog/hs-code";
import { LocalizedText } from "@/components/localized-text";
import { PriceRange } from "@/components/catalog/price-range";
import { Thumbnail } from "@/components/ui/thumbnail";
import { regionName } from "@/lib/geo/regions";
import { Link } from "@/lib/i18n/navigation";
import type { SearchHit } from "@/lib/search/query";
import { ReplyRate } from "@/components/trust/reply-rate";
import type { ReplyFigures } from "@/lib/trust/reply-figures";

/** A search result: a photo, what it is, its name in the reader's language, who offers it, where, HS and price. */
export function ResultCard({ hit, thumbnailId, replies }: { hit: SearchHit; thumbnailId?: string; replies?: ReplyFigures }) {
  const t = useTranslations("search");
  const locale = useLocale();
  const href = hit.kind === "product" ? `/products/${hit.itemId}` : `/companies/${hit.companyId}`;
  return (
    <article className="flex w-full flex-col gap-1 rounded-lg border border-stone-200 bg-white p-4" data-testid="search-result" data-kind={hit.kind}>
      <Thumbnail imageId={thumbnailId} className="mb-2" />
      <span className="text-xs font-medium tracking-wide text-stone-600 uppercase" data-testid="search-result-kind">
        {t(`kind.${hit.kind}`)}
      </span>
      <Link href={href} className="font-semibold text-indigo-800 hover:underline">
        <LocalizedText value={hit.name} testId="search-result-name" />
      </Link>
      {hit.kind !== "company" && (
        <p className="text-sm text-stone-700" data-testid="search-result-company">
          <LocalizedText value={hit.companyName} />
        </p>
      )}
      <p className="text-sm text-stone-600" data-testid="search-result-region">
        {regionName(hit.region, locale)}
      </p>
      {hit.hsCode && <HsCode code={hit.hsInferred ? null : hit.hsCode} inferred={hit.hsInferred ? hit.hsCode : null} />}
      {(hit.priceMinJpy !== null || hit.priceMaxJpy !== null) && (
        <p className="text-sm">
          <PriceRange min={hit.priceMinJpy} max={hit.priceMaxJpy} testId="search-result-price" />
        </p>
      )}
      {hit.moq !== null && <p className="text-sm text-stone-600">{t("results.moq", { count: hit.moq })}</p>}
      <ReplyRate figures={replies} className="text-xs text-stone-600" />
    </article>
  );
}
