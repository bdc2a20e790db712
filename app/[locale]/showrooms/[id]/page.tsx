import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { ActionButton } from "@/components/ui/action-button";
import { ApplicationList } from "@/components/showrooms/application-list";
import { ApplicationStatus } from "@/components/showrooms/application-status";
import { ApplyForm } from "@/components/showrooms/apply-form";
import { OfferFacts } from "@/components/showrooms/offer-facts";
import { OfferStatus } from "@/components/showrooms/offer-status";
import type { Company } from "@/db/schema";
import { requireUser } from "@/lib/auth/access";
import { getMembership } from "@/lib/companies/access";
import { pickLocalized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listApplicableProducts, listApplicationsForDistributor, listOwnApplications } from "@/lib/showrooms/application-reads";
import { getOfferForViewer } from "@/lib/showrooms/offers";
import { fitsCategories, offerState, type OfferState } from "@/lib/showrooms/state";
import { applyAction, closeOfferAction, decideApplicationAction, withdrawApplicationAction } from "./actions";

export default async function OfferPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/showrooms/${id}`);
  const view = await getOfferForViewer(user, id);
  if (!view) notFound();
  const { offer, company, isOwn, contactEnded } = view;
  const state = offerState(offer);
  const t = await getTranslations("showrooms");
  return (
    <div className="flex flex-col gap-6">
      <Link href="/showrooms" className="text-sm text-indigo-800 underline">
        {t("backToList")}
      </Link>
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-3">
          <LocalizedText as="h1" value={offer.title} locale={locale} className="text-2xl font-bold" />
          <OfferStatus state={state} />
        </div>
        <p className="flex gap-2 text-sm text-stone-600">
          <span className="text-stone-500">{t("offer.by")}</span>
          {isOwn ? (
            <LocalizedText value={company.name} locale={locale} />
          ) : (
            <Link href={`/companies/${company.id}`} className="text-indigo-800 underline">
              <LocalizedText value={company.name} locale={locale} />
            </Link>
          )}
        </p>
      </div>
      <OfferFacts offer={offer} locale={locale} />
      <LocalizedText as="p" value={offer.description} locale={locale} className="max-w-3xl text-stone-800" />
      {isOwn ? (
        <OwnerSection offerId={offer.id} companyId={company.id} state={state} locale={locale} />
      ) : (
        user.role === "sme" && (
          <SmeSection offerId={offer.id} categories={offer.categories} userId={user.id} state={state} contactEnded={contactEnded} locale={locale} />
        )
      )}
    </div>
  );
}

async function OwnerSection({ offerId, companyId, state, locale }: { offerId: string; companyId: string; state: OfferState; locale: Locale }) {
  const [t, applications] = await Promise.all([getTranslations("showrooms"), listApplicationsForDistributor(companyId, offerId)]);
  return (
    <>
      {state === "open" && (
        <div data-testid="close-offer">
          <ActionButton action={closeOfferAction} fields={{ offerId }} label={t("offer.close")} />
        </div>
      )}
      <section aria-labelledby="applications-title" className="flex flex-col gap-3 border-t border-stone-200 pt-6">
        <h2 id="applications-title" className="text-lg font-semibold">
          {t("applications.title")}
        </h2>
        <ApplicationList applications={applications} locale={locale} decide={decideApplicationAction} />
      </section>
    </>
  );
}

async function SmeSection({
  offerId,
  categories,
  userId,
  state,
  contactEnded,
  locale,
}: {
  offerId: string;
  categories: string[];
  userId: string;
  state: OfferState;
  contactEnded: boolean;
  locale: Locale;
}) {
  const membership = await getMembership(userId);
  if (membership?.company.kind !== "sme") return null;
  const sme: Company = membership.company;
  const [t, format, mine, products] = await Promise.all([
    getTranslations("showrooms"),
    getFormatter(),
    listOwnApplications(sme.id, offerId),
    listApplicableProducts(sme.id),
  ]);
  const waiting = mine.some((a) => a.status === "pending");
  return (
    <>
      {mine.length > 0 && (
        <section aria-labelledby="own-applications-title" className="flex flex-col gap-3 border-t border-stone-200 pt-6">
          <h2 id="own-applications-title" className="text-lg font-semibold">
            {t("apply.yours")}
          </h2>
          <ul data-testid="own-applications" className="flex flex-col gap-2">
            {mine.map((application) => (
              <li key={application.id} data-testid="own-application" data-status={application.status} className="flex flex-wrap items-center gap-2 text-sm">
                <ApplicationStatus status={application.status} />
                {format.list(application.products.map((p) => pickLocalized(p.name, locale)?.text ?? p.ref))}
                {application.status === "pending" && (
                  <ActionButton action={withdrawApplicationAction} fields={{ applicationId: application.id }} label={t("apply.withdraw")} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="apply-title" className="flex flex-col gap-3 border-t border-stone-200 pt-6">
        <h2 id="apply-title" className="text-lg font-semibold">
          {t("apply.title")}
        </h2>
        {contactEnded ? (
          <p data-testid="apply-unavailable" className="text-stone-600">
            {t("apply.contactEnded")}
          </p>
        ) : state !== "open" ? (
          <p data-testid="apply-unavailable" className="text-stone-600">
            {t("offer.notAccepting")}
          </p>
        ) : sme.status !== "approved" ? (
          <p data-testid="apply-unavailable" className="text-stone-600">
            {t("apply.notApproved")}
          </p>
        ) : waiting ? (
          <p data-testid="apply-pending" className="rounded-md bg-amber-50 p-3 text-amber-900">
            {t("apply.pending")}
          </p>
        ) : products.length === 0 ? (
          <p data-testid="apply-unavailable" className="text-stone-600">
            {t("apply.noProducts")}{" "}
            <Link href="/company/products" className="text-indigo-800 underline">
              {t("apply.productsLink")}
            </Link>
          </p>
        ) : (
          <ApplyForm
            action={applyAction}
            offerId={offerId}
            products={products.map((p) => ({
              id: p.id,
              ref: p.ref,
              label: pickLocalized(p.name, locale)?.text ?? p.ref,
              note: fitsCategories(p.hsCode, categories) === false ? t("apply.outsideCategories") : undefined,
            }))}
          />
        )}
      </section>
    </>
  );
}
