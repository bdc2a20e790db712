import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HsCode } from "@/components/catalog/hs-code";
import { PriceRange } from "@/components/catalog/price-range";
import { LocalizedText } from "@/components/localized-text";
import { AccountPrompt } from "@/components/public/account-prompt";
import { JsonLd } from "@/components/public/json-ld";
import { jpyToCnyRate } from "@/lib/catalog/prices";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { getPublicProduct } from "@/lib/public/pages";
import { jsonLdText, metaText, productLd, publicMetadata, publicPaths } from "@/lib/public/seo";

type Props = { params: Promise<{ locale: Locale; id: string }> };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const load = (id: string) => (uuid.test(id) ? getPublicProduct(id) : Promise.resolve(undefined));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const product = await load(id);
  if (!product) return {};
  const t = await getTranslations({ locale, namespace: "publicPages" });
  const company = metaText(product.company.name, locale, 80);
  return publicMetadata({
    locale,
    path: publicPaths.product(id),
    title: t("productTitle", { name: metaText(product.name, locale, 80), company }),
    description: metaText(product.description, locale) || t("productDescription", { company }),
    type: "website",
    imageId: product.images[0]?.id,
  });
}

/** A public product page: the price range only, and the contact behind an account. */
export default async function PublicProductPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const product = await load(id);
  if (!product) notFound();
  const [t, tc] = await Promise.all([getTranslations("publicPages"), getTranslations("catalog")]);
  const companyName = pickLocalized(product.company.name, locale)?.text ?? "";
  const name = pickLocalized(product.name, locale)?.text ?? "";
  const ld = productLd(locale, { ...product, name, description: metaText(product.description, locale, 500) }, { id: product.company.id, name: companyName });
  const row = (label: string, value: ReactNode, testId: string) => (
    <>
      <dt className="text-stone-500">{label}</dt>
      <dd data-testid={testId}>{value ?? <span className="text-stone-600">{tc("product.notProvided")}</span>}</dd>
    </>
  );
  return (
    <article className="flex flex-col gap-6">
      <JsonLd text={jsonLdText(ld)} />
      <header className="flex flex-col gap-1">
        <LocalizedText as="h1" value={product.name} locale={locale} className="text-2xl font-bold" testId="product-name" />
        <p className="text-stone-600">
          {t.rich("byCompany", {
            company: () => (
              <Link key="company" href={publicPaths.company(product.company.id)} className="text-indigo-800 underline" data-testid="product-company">
                <LocalizedText value={product.company.name} locale={locale} />
              </Link>
            ),
          })}
        </p>
      </header>
      {product.images.length > 0 && (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={tc("product.images")}>
          {product.images.map((image, i) => (
            <li key={image.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route, public products only */}
              <img
                src={publicPaths.image(image.id)}
                alt={tc("images.alt", { n: i + 1, name })}
                width={image.width}
                height={image.height}
                className="aspect-square w-full rounded border border-stone-200 object-cover"
              />
            </li>
          ))}
        </ul>
      )}
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5">
        {row(tc("hs.label"), <HsCode code={product.hsCode} inferred={product.inferredHsCode} />, "product-hs")}
        {row(tc("price.label"), <PriceRange min={product.priceMinJpy} max={product.priceMaxJpy} rate={jpyToCnyRate()} />, "product-price")}
        {row(tc("product.moq"), product.moq !== null ? tc("product.moqValue", { count: product.moq }) : null, "product-moq")}
        {row(tc("product.certifications"), product.certifications.length ? product.certifications.join(" · ") : null, "product-certifications")}
      </dl>
      {product.description && (
        <section className="flex max-w-3xl flex-col gap-2">
          <h2 className="text-lg font-semibold">{tc("product.description")}</h2>
          <LocalizedText as="div" value={product.description} locale={locale} className="whitespace-pre-line" testId="product-description" />
        </section>
      )}
      <AccountPrompt callbackPath={`/${locale}/products/${product.id}`} />
    </article>
  );
}
