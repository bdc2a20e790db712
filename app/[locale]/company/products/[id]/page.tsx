import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { ImageManager } from "@/components/catalog/image-manager";
import { ProductForm } from "@/components/catalog/product-form";
import { ReasonForm } from "@/components/catalog/reason-form";
import { requireUser } from "@/lib/auth/access";
import { MAX_IMAGES_PER_PRODUCT } from "@/lib/catalog/image-processing";
import { ownCompanyForPage } from "@/lib/catalog/access";
import { getOwnProduct } from "@/lib/catalog/products";
import { pickLocalized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { AccessFactsForm } from "@/components/access/facts-form";
import { ProductAccessSection } from "@/components/access/product-access";
import { ownProductAccess } from "@/lib/access/product-facts";
import { accessAttributes, gateways } from "@/lib/access/routes";
import { regionsOf } from "@/lib/geo/regions";
import { deleteProductAction, requestReviewAction, saveAccessFactsAction } from "../actions";
import { z } from "zod";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ created: optionalParam(z.string()) });

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function EditProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<PageSearchParams>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/company/products/${id}`);
  const company = await ownCompanyForPage(user, "sme");
  if (!company || !uuid.test(id)) notFound();
  const product = await getOwnProduct(company.id, id);
  if (!product) notFound();
  const [t, ta, { created }, checked] = await Promise.all([
    getTranslations("catalog"),
    getTranslations("access"),
    searchParams.then((raw) => readSearchParams(searchSchema, raw)),
    ownProductAccess(company.id, product.id),
  ]);
  const initial = {
    nameJa: product.name.ja,
    nameZh: product.name.zh,
    nameEn: product.name.en,
    descriptionJa: product.description?.ja,
    descriptionZh: product.description?.zh,
    descriptionEn: product.description?.en,
    hsCode: product.hsCode ?? "",
    priceMinJpy: product.priceMinJpy?.toString(),
    priceMaxJpy: product.priceMaxJpy?.toString(),
    moq: product.moq?.toString(),
    leadTimeDays: product.leadTimeDays?.toString(),
    keywords: product.keywords.join(", "),
    certifications: product.certifications.join(", "),
  };
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">
          {t("products.editTitle")} <span className="text-base font-normal text-stone-500">{product.ref}</span>
        </h1>
        <Link href={`/products/${product.id}`} className="text-indigo-800 underline">
          {t("products.view")}
        </Link>
      </div>
      <div aria-live="polite" role="status">
        {created && <p className="rounded-md bg-emerald-50 p-3 text-emerald-800">{t("products.created")}</p>}
      </div>
      {product.moderationReason && !product.published && (
        <section id="review" className="flex flex-col gap-3 rounded-md bg-red-50 p-4">
          <p className="text-red-800" data-testid="moderation-reason">
            {t("products.moderated", { reason: product.moderationReason })}
          </p>
          <h2 className="font-semibold">{t("products.review.title")}</h2>
          <p className="max-w-2xl text-sm text-stone-700">{t("products.review.intro")}</p>
          <ReasonForm
            action={requestReviewAction}
            productId={product.id}
            id="review"
            label={t("products.review.label")}
            submitLabel={t("products.review.submit")}
          />
        </section>
      )}
      <ProductForm productId={product.id} initial={initial} />
      <section className="flex flex-col gap-3" aria-labelledby="facts-title">
        <h2 id="facts-title" className="text-lg font-semibold">
          {ta("facts.title")}
        </h2>
        <AccessFactsForm
          action={saveAccessFactsAction}
          productId={product.id}
          prefectures={regionsOf("JP").map((r) => ({ value: r.code, label: r.name[locale] }))}
          gateways={gateways.map((g) => ({ value: g.code, label: g.name[locale] ?? g.code }))}
          attributes={accessAttributes}
          initial={{
            originPrefecture: product.originPrefecture ?? "",
            mainIngredientOrigin: product.mainIngredientOrigin ?? "",
            exportGateway: product.exportGateway ?? "",
            accessAttributes: product.accessAttributes,
          }}
        />
      </section>
      {checked && <ProductAccessSection access={checked.access} hasHs={checked.facts.hsCode !== null} locale={locale} />}
      <ImageManager
        productId={product.id}
        productName={pickLocalized(product.name, locale)?.text ?? product.ref}
        images={product.images}
        max={MAX_IMAGES_PER_PRODUCT}
      />
      <div className="border-t border-stone-200 pt-5">
        <ActionButton
          action={deleteProductAction}
          fields={{ productId: product.id }}
          label={t("common.delete")}
          pendingLabel={t("common.deleting")}
          confirm={t("products.deleteConfirm")}
          variant="danger"
        />
      </div>
    </div>
  );
}
