import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompanyForm } from "@/components/company/company-form";
import { StatusBanner } from "@/components/company/status-banner";
import { requireUser } from "@/lib/auth/access";
import { getMembership } from "@/lib/companies/access";
import { companyFormDefaults, companyFormOptions } from "@/lib/companies/form-options";
import { companySideOf } from "@/lib/companies/onboarding";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { createCompanyAction, updateCompanyAction } from "./actions";
import { PageHeader } from "@/components/ui/page-header";

export default async function CompanyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/company");
  const t = await getTranslations("company.profile");
  if (user.role !== "sme" && user.role !== "distributor") {
    return <p className="text-stone-700">{t("adminsHaveNoCompany")}</p>;
  }
  const membership = await getMembership(user.id);
  const side = companySideOf(user);
  const options = await companyFormOptions(side.country, locale);
  if (!membership) {
    return (
      <div className="flex flex-col gap-4">
        <PageHeader title={t("createTitle")} lead={t(side.kind === "sme" ? "createLeadSme" : "createLeadDistributor")} />
        <CompanyForm action={createCompanyAction} submitLabel={t("create")} {...options} />
      </div>
    );
  }
  const { company } = membership;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("editTitle")}>
        <Link href={`/companies/${company.id}`} className="text-indigo-800 underline">
          {t("viewPublic")}
        </Link>
      </PageHeader>
      <StatusBanner company={company} />
      {company.status !== "suspended" && (
        <CompanyForm action={updateCompanyAction} submitLabel={t("save")} defaults={companyFormDefaults(company)} {...options} />
      )}
    </div>
  );
}
