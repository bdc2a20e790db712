import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { CompanyFacts } from "@/components/company/company-facts";
import { StatusBanner } from "@/components/company/status-banner";
import { requireUser } from "@/lib/auth/page-guard";
import { getCompanyProfile } from "@/lib/companies/directory";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

export default async function CompanyProfilePage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/companies/${id}`);
  const profile = await getCompanyProfile(user, id);
  if (!profile) notFound();
  const { company, chamberName } = profile;
  const t = await getTranslations("company.public");
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
      </header>
      {company.status !== "approved" && <StatusBanner company={company} />}
      <LocalizedText as="p" value={company.description} locale={locale} className="max-w-3xl text-stone-800" />
      <CompanyFacts company={company} locale={locale} />
    </article>
  );
}
