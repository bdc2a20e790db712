import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { HsCode } from "@/components/catalog/hs-code";
import { LocalizedText } from "@/components/localized-text";
import { PriceRange } from "@/components/catalog/price-range";
import { DisplayBadge } from "@/components/showrooms/display-badge";
import { requireUser } from "@/lib/auth/access";
import { ownCompanyForPage } from "@/lib/catalog/access";
import { listOwnProducts } from "@/lib/catalog/products";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { displayBadges } from "@/lib/showrooms/badges";
import { setPublishedAction } from "./actions";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { z } from "zod";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ deleted: optionalParam(z.string()) });

export default async function ProductsPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/company/products");
  const company = await ownCompanyForPage(user, "sme");
  if (!company) notFound();
  const [rows, t, { deleted }] = await Promise.all([
    listOwnProducts(company.id),
    getTranslations("catalog"),
    searchParams.then((raw) => readSearchParams(searchSchema, raw)),
  ]);
  const badges = await displayBadges(rows.map((r) => r.id));
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t("products.title")} lead={t("products.intro")}>
        <LinkButton href="/company/products/new">{t("products.new")}</LinkButton>
        <LinkButton href="/company/products/import" intent="outline">
          {t("products.import")}
        </LinkButton>
      </PageHeader>
      <div aria-live="polite" role="status">
        {deleted && <p className="rounded-md bg-emerald-50 p-3 text-emerald-800">{t("products.deleted")}</p>}
      </div>
      {rows.length === 0 ? (
        <p className="text-stone-500">{t("products.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="own-products">
          {rows.map((product) => (
            <li key={product.id} data-testid="own-product" className="flex flex-wrap gap-4 rounded-lg border border-stone-200 bg-white p-4">
              {product.firstImageId ? (
                // eslint-disable-next-line @next/next/no-img-element -- private images, served by our own route
                <img src={`/api/images/${product.firstImageId}`} alt="" className="size-20 rounded object-cover" />
              ) : (
                <div className="size-20 rounded bg-stone-100" aria-hidden />
              )}
              <div className="flex min-w-60 flex-1 flex-col gap-1">
                <Link href={`/company/products/${product.id}`} className="font-semibold text-indigo-800 hover:underline">
                  <LocalizedText value={product.name} />
                </Link>
                <p className="text-sm text-stone-600">
                  {t("products.ref")} {product.ref} · {t("products.imageCount", { count: product.imageCount })}
                </p>
                <HsCode code={product.hsCode} inferred={product.inferredHsCode} />
                <PriceRange min={product.priceMinJpy} max={product.priceMaxJpy} />
                {badges.get(product.id)?.map((badge, i) => (
                  <span key={i}>
                    <DisplayBadge badge={badge} locale={locale} />
                  </span>
                ))}
                <p className="text-sm" data-testid="product-status">
                  {product.published ? t("products.published") : t("products.unpublished")}
                </p>
                {product.moderationReason && !product.published && (
                  <p className="rounded-md bg-red-50 p-2 text-sm text-red-800" data-testid="moderation-reason">
                    {t("products.moderated", { reason: product.moderationReason })}
                  </p>
                )}
              </div>
              <div className="flex flex-col items-start gap-2">
                <Link href={`/company/products/${product.id}`} className="text-indigo-800 underline">
                  {t("common.edit")}
                </Link>
                <Link href={`/products/${product.id}`} className="text-indigo-800 underline">
                  {t("products.view")}
                </Link>
                {product.moderationReason && !product.published ? (
                  // Only an admin publishes it again, once asked for a review on the product's page.
                  <Link href={`/company/products/${product.id}#review`} className="text-indigo-800 underline" data-testid="request-review-link">
                    {t("products.review.open")}
                  </Link>
                ) : (
                  <ActionButton
                    action={setPublishedAction}
                    fields={{ productId: product.id, published: product.published ? "false" : "true" }}
                    label={product.published ? t("products.unpublish") : t("products.publish")}
                    pendingLabel={t("common.saving")}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
