import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { ApplicationStatus } from "@/components/showrooms/application-status";
import { OfferFacts } from "@/components/showrooms/offer-facts";
import { OfferStatus } from "@/components/showrooms/offer-status";
import type { ShowroomOffer } from "@/db/schema";
import { requireUser } from "@/lib/auth/access";
import { getMembership } from "@/lib/companies/access";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { applicationStatusesOf, listApplicationsForDistributor, type ApplicationView } from "@/lib/showrooms/application-reads";
import { listOpenOffers, listOwnOffers } from "@/lib/showrooms/offers";
import { offerState } from "@/lib/showrooms/state";
import { LinkButton } from "@/components/ui/link-button";

export default async function ShowroomsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/showrooms");
  const membership = await getMembership(user.id);
  const t = await getTranslations("showrooms");
  if (user.role === "distributor") {
    const companyId = membership?.company.kind === "distributor" ? membership.company.id : undefined;
    const [offers, applications] = companyId ? await Promise.all([listOwnOffers(companyId), listApplicationsForDistributor(companyId)]) : [[], []];
    return (
      <div className="flex flex-col gap-6">
        <Header title={t("myOffers")} intro={t("introDistributor")}>
          {companyId && (
            <LinkButton href="/showrooms/new" data-testid="new-offer-link" size="sm">
              {t("newOffer")}
            </LinkButton>
          )}
        </Header>
        {offers.length === 0 ? (
          <p className="text-stone-500">{t("noOwnOffers")}</p>
        ) : (
          <ul data-testid="own-offers" className="flex flex-col gap-4">
            {offers.map((offer) => (
              <OwnOffer key={offer.id} offer={offer} applications={applications.filter((a) => a.offerId === offer.id)} locale={locale} />
            ))}
          </ul>
        )}
      </div>
    );
  }
  const smeId = user.role === "sme" && membership?.company.kind === "sme" ? membership.company.id : undefined;
  const [offers, statuses] = await Promise.all([listOpenOffers(), smeId ? applicationStatusesOf(smeId) : new Map<string, ApplicationView["status"]>()]);
  return (
    <div className="flex flex-col gap-6">
      <Header title={t("openOffers")} intro={t(user.role === "sme" ? "intro" : "introAdmin")} />
      {offers.length === 0 ? (
        <p className="text-stone-500">{t("noOpenOffers")}</p>
      ) : (
        <ul data-testid="showroom-offers" className="grid gap-4 md:grid-cols-2">
          {offers.map(({ offer, company }) => {
            const status = statuses.get(offer.id);
            return (
              <li key={offer.id} data-testid="showroom-offer" className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
                <Link href={`/showrooms/${offer.id}`} className="text-lg font-semibold text-indigo-800 hover:underline">
                  <LocalizedText value={offer.title} locale={locale} />
                </Link>
                <LocalizedText value={company.name} locale={locale} className="text-sm text-stone-600" />
                <OfferFacts offer={offer} locale={locale} compact />
                {status && (
                  <p className="flex items-center gap-2 text-sm">
                    {t("yourApplication")}
                    <ApplicationStatus status={status} />
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function Header({ title, intro, children }: { title: string; intro: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div className="flex max-w-3xl flex-col gap-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-stone-600">{intro}</p>
      </div>
      {children}
    </div>
  );
}

async function OwnOffer({ offer, applications, locale }: { offer: ShowroomOffer; applications: ApplicationView[]; locale: Locale }) {
  const t = await getTranslations("showrooms");
  const pending = applications.filter((a) => a.status === "pending").length;
  return (
    <li data-testid="own-offer" className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={`/showrooms/${offer.id}`} className="text-lg font-semibold text-indigo-800 hover:underline">
          <LocalizedText value={offer.title} locale={locale} />
        </Link>
        <OfferStatus state={offerState(offer)} />
      </div>
      <OfferFacts offer={offer} locale={locale} compact />
      <p className="text-sm text-stone-700" data-testid="application-count">
        {t("applications.count", { count: applications.length, pending })}
      </p>
      {applications.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm">
          {applications.map((application) => (
            <li key={application.id} className="flex items-center gap-2">
              <LocalizedText value={application.sme.name} locale={locale} />
              <ApplicationStatus status={application.status} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
