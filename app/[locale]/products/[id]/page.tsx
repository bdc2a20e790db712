import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HsCode } from "@/components/catalog/hs-code";
import { ContactLink } from "@/components/inquiries/contact-link";
import { ActionButton } from "@/components/ui/action-button";
import { DisplayBadge } from "@/components/showrooms/display-badge";
import { displayBadges } from "@/lib/showrooms/badges";
import { LocalizedText } from "@/components/localized-text";
import { PriceRange } from "@/components/catalog/price-range";
import { ReasonForm } from "@/components/catalog/reason-form";
import { requireUser } from "@/lib/auth/access";
import { jpyToCnyRate } from "@/lib/catalog/prices";
import { getProductForViewer } from "@/lib/catalog/public";
import { pickLocalized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ReplyRate } from "@/components/trust/reply-rate";
import { replyStatsFor } from "@/lib/trust/reply-stats";
import { ProductAccessSection } from "@/components/access/product-access";
import { ownProductAccess } from "@/lib/access/product-facts";
import { reportProductAction, republishProductAction, unpublishProductAction } from "./actions";

const moderatesOf = (user: { role: string; chamberId: string | null }, chamberId: string | null) =>
  user.role === "platform_admin" || (user.role === "chamber_admin" && Boolean(user.chamberId) && user.chamberId === chamberId);

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ProductPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/products/${id}`);
  const product = uuid.test(id) ? await getProductForViewer(user, id) : undefined;
  if (!product) notFound();
  const t = await getTranslations("catalog");
  const ti = await getTranslations("inquiries");
  const [badges, replies] = await Promise.all([displayBadges([product.id]), replyStatsFor([product.company.id])]);
  // The owner, and the chamber that moderates it, see what it takes to sell the product in China.
  const checked = product.isOwn || moderatesOf(user, product.company.chamberId) ? await ownProductAccess(product.company.id, product.id) : undefined;
  const rate = jpyToCnyRate();
  const name = pickLocalized(product.name, locale)?.text ?? product.ref;
  const moderates =
    user.role === "platform_admin" || (user.role === "chamber_admin" && Boolean(user.chamberId) && user.chamberId === product.company.chamberId);
  const row = (label: string, value: ReactNode, testId: string) => (
    <>
      <dt className="text-stone-500">{label}</dt>
      <dd data-testid={testId}>{value ?? <span className="text-stone-600">{t("product.notProvided")}</span>}</dd>
    </>
  );
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <LocalizedText as="h1" value={product.name} className="text-2xl font-bold" testId="product-name" />
        <p className="text-stone-600">
          {t.rich("product.companyLine", {
            company: () => (
              <Link key="company" href={`/companies/${product.company.id}`} className="text-indigo-800 underline" data-testid="product-company">
                <LocalizedText value={product.company.name} />
              </Link>
            ),
          })}
        </p>
        <ReplyRate figures={replies.get(product.company.id)} />
      </header>
      <div className="flex flex-wrap items-center gap-3">
        {(badges.get(product.id) ?? []).map((badge, i) => (
          <DisplayBadge key={i} badge={badge} locale={locale} />
        ))}
        {!product.isOwn && user.role === "distributor" && (
          <ContactLink companyId={product.company.id} productId={product.id} source="product" label={ti("contact.product")} />
        )}
      </div>
      {!product.published && (
        <p className="rounded-md bg-amber-50 p-3 text-amber-900" data-testid="unpublished-notice">
          {t("product.unpublishedNotice")}
          {product.moderationReason && ` ${t("products.moderated", { reason: product.moderationReason })}`}
        </p>
      )}
      {product.images.length > 0 && (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={t("product.images")}>
          {product.images.map((image, i) => (
            <li key={image.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- private images, served by our own route */}
              <img
                src={`/api/images/${image.id}`}
                alt={t("images.alt", { n: i + 1, name })}
                width={image.width}
                height={image.height}
                className="aspect-square w-full rounded border border-stone-200 object-cover"
              />
            </li>
          ))}
        </ul>
      )}
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5">
        {row(t("hs.label"), <HsCode code={product.hsCode} inferred={product.inferredHsCode} />, "product-hs")}
        {row(t("price.label"), <PriceRange min={product.priceMinJpy} max={product.priceMaxJpy} rate={rate} />, "product-price")}
        {row(t("product.moq"), product.moq !== null ? t("product.moqValue", { count: product.moq }) : null, "product-moq")}
        {row(t("product.leadTime"), product.leadTimeDays !== null ? t("product.leadTimeValue", { days: product.leadTimeDays }) : null, "product-lead-time")}
        {row(t("product.keywords"), product.keywords.length ? product.keywords.join(" · ") : null, "product-keywords")}
        {row(t("product.certifications"), product.certifications.length ? product.certifications.join(" · ") : null, "product-certifications")}
      </dl>
      <p className="text-xs text-stone-500">{t("price.rateNote", { rate })}</p>
      {product.description && (
        <section className="flex max-w-3xl flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("product.description")}</h2>
          <LocalizedText as="div" value={product.description} className="whitespace-pre-line" testId="product-description" />
        </section>
      )}
      {!product.isOwn && (
        <details className="max-w-xl">
          <summary className="cursor-pointer text-sm text-stone-600 underline">{t("report.open")}</summary>
          <div className="pt-3">
            <ReasonForm action={reportProductAction} productId={product.id} id="report" label={t("report.reason")} submitLabel={t("report.submit")} />
          </div>
        </details>
      )}
      {moderates && product.published && (
        <section className="flex max-w-xl flex-col gap-2 rounded-lg border border-red-200 bg-red-50/40 p-4">
          <h2 className="font-semibold">{t("moderation.title")}</h2>
          <ReasonForm
            action={unpublishProductAction}
            productId={product.id}
            id="unpublish"
            label={t("moderation.reason")}
            submitLabel={t("moderation.submit")}
          />
        </section>
      )}
      {moderates && !product.published && product.moderationReason && (
        <section className="flex max-w-xl flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="republish">
          <h2 className="font-semibold">{t("moderation.title")}</h2>
          <p className="text-sm text-stone-700">{t("moderation.republishIntro")}</p>
          <div>
            <ActionButton
              action={republishProductAction}
              fields={{ productId: product.id }}
              label={t("moderation.republish")}
              pendingLabel={t("common.saving")}
              variant="primary"
            />
          </div>
        </section>
      )}
      {checked && <ProductAccessSection access={checked.access} hasHs={checked.facts.hsCode !== null} locale={locale} />}
    </article>
  );
}
