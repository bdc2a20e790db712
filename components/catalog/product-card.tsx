import { useTranslations } from "next-intl";
import type { ProductSummary } from "@/lib/catalog/public";
import { Link } from "@/lib/i18n/navigation";
import { HsCode } from "./hs-code";
import { LocalizedText } from "@/components/localized-text";
import { PriceRange } from "./price-range";

/**
 * A product in a list (company profiles): first image, name with its fallback mark, HS code and
 * price. Takes a row from listPublishedProducts(companyId).
 */
export function ProductCard({ product }: { product: ProductSummary }) {
  const t = useTranslations("catalog");
  return (
    <article className="flex gap-4 rounded-lg border border-stone-200 bg-white p-4" data-testid="product-card">
      {product.firstImageId ? (
        // eslint-disable-next-line @next/next/no-img-element -- private images, served by our own route
        <img src={`/api/images/${product.firstImageId}`} alt="" className="size-24 shrink-0 rounded object-cover" />
      ) : (
        <div className="size-24 shrink-0 rounded bg-stone-100" aria-hidden />
      )}
      <div className="flex min-w-0 flex-col gap-1">
        <Link href={`/products/${product.id}`} className="font-semibold text-indigo-800 hover:underline">
          <LocalizedText value={product.name} testId="product-card-name" />
        </Link>
        <HsCode code={product.hsCode} inferred={product.inferredHsCode} />
        <PriceRange min={product.priceMinJpy} max={product.priceMaxJpy} />
        {product.moq !== null && <p className="text-sm text-stone-600">{t("product.moqLine", { count: product.moq })}</p>}
      </div>
    </article>
  );
}
