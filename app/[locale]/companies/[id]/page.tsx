import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { ProductCard } from "@/components/catalog/product-card";
import { ContactLink } from "@/components/inquiries/contact-link";
import { DisplayBadge } from "@/components/showrooms/display-badge";
import { CompanyFacts } from "@/components/company/company-facts";
import { ContactHandlesBox } from "@/components/company/contact-handles";
import { DistributorRoutes } from "@/components/company/distributor-routes";
import { StatusBanner } from "@/components/company/status-banner";
import { requireUser } from "@/lib/auth/access";
import { listChannels } from "@/lib/catalog/channels";
import { listNeeds } from "@/lib/catalog/needs";
import { needOpen } from "@/lib/quotations/dates";
import { listPublishedProducts } from "@/lib/catalog/public";
import { displayBadges } from "@/lib/showrooms/badges";
import { getMembership } from "@/lib/companies/access";
import { partnerHandles } from "@/lib/companies/contacts";
import { getCompanyProfile } from "@/lib/companies/directory";
import { knownKey } from "@/lib/i18n/keys";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { DocumentList } from "@/components/trust/document-list";
import { ReplyRate } from "@/components/trust/reply-rate";
import { VerificationBadge } from "@/components/trust/verification-badge";
import { listDocuments, mayReadDocuments } from "@/lib/trust/documents";
import { replyStatsFor } from "@/lib/trust/reply-stats";
import { badgeOf } from "@/lib/trust/verification";

export default async function CompanyProfilePage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/companies/${id}`);
  const profile = await getCompanyProfile(user, id);
  if (!profile) notFound();
  const { company, chamberName } = profile;
  const t = await getTranslations("company.public");
  const tm = await getTranslations("catalog.channelTypes");
  const ti = await getTranslations("inquiries");
  const format = await getFormatter();
  const [productList, channels, needs] =
    company.kind === "sme" ? [await listPublishedProducts(company.id), [], []] : [[], await listChannels(company.id), await listNeeds(company.id)];
  const badges = await displayBadges(productList.map((p) => p.id));
  // Direct contacts only for a partner the viewer's company is talking with (both wrote in a thread).
  const viewer = profile.isOwn ? null : await getMembership(user.id);
  const handles = viewer ? await partnerHandles(viewer.company.id, company.id) : null;
  const [badge, replies, documents] = await Promise.all([
    company.status === "approved" ? badgeOf(company) : null,
    replyStatsFor([company.id]),
    (await mayReadDocuments(user, company.id)) ? listDocuments(company.id) : null,
  ]);
  const tt = await getTranslations("trust.documents");
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-stone-500">{t(`kind.${company.kind}`)}</p>
        <LocalizedText as="h1" value={company.name} locale={locale} className="text-3xl font-bold" />
        {company.status === "approved" && chamberName && (
          <p data-testid="vouched-by" className="inline-flex w-fit items-center gap-1 rounded-full bg-emerald-50 px-3 py-1 text-sm text-emerald-900">
            {t("vouchedBy", { chamber: pickLocalized(chamberName, locale)?.text ?? "" })}
          </p>
        )}
        {company.status === "approved" && <ReplyRate figures={replies.get(company.id)} />}
      </header>
      {badge && <VerificationBadge badge={badge} />}
      {company.status !== "approved" && <StatusBanner company={company} />}
      {!profile.isOwn && company.status === "approved" && (user.role === "sme" || user.role === "distributor") && (
        <ContactLink companyId={company.id} source="profile" label={ti("contact.company")} />
      )}
      {handles && <ContactHandlesBox handles={handles} />}
      <LocalizedText as="p" value={company.description} locale={locale} className="max-w-3xl text-stone-800" />
      <CompanyFacts company={company} locale={locale} />
      {company.kind === "sme" && company.targetChannels.length > 0 && (
        <p className="text-sm text-stone-700">
          {t.rich("targetChannelsLine", {
            channels: format.list(company.targetChannels.map((c) => (knownKey(tm, c) ? tm(c) : c))),
            label: (chunks) => <span className="font-medium">{chunks}</span>,
          })}
        </p>
      )}
      {productList.length > 0 && (
        <section className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">{t("products")}</h2>
          <div className="grid gap-3 md:grid-cols-2">
            {productList.map((p) => (
              <div key={p.id} className="flex flex-col gap-1">
                <ProductCard product={p} />
                {(badges.get(p.id) ?? []).map((badge, i) => (
                  <DisplayBadge key={i} badge={badge} locale={locale} />
                ))}
              </div>
            ))}
          </div>
        </section>
      )}
      {documents && documents.length > 0 && (
        <section className="flex flex-col gap-2" aria-labelledby="company-documents">
          <h2 id="company-documents" className="text-lg font-semibold">
            {tt("publicTitle")}
          </h2>
          <DocumentList documents={documents} />
        </section>
      )}
      {company.kind === "distributor" && (
        <DistributorRoutes
          channels={channels}
          needs={profile.isOwn ? needs : needs.filter((n) => needOpen(n.deadline))}
          hsCodes={company.hsCodes}
          locale={locale}
          canQuote={!profile.isOwn && company.status === "approved" && user.role === "sme"}
        />
      )}
    </article>
  );
}
