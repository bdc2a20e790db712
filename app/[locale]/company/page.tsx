import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Company } from "@/db/schema";
import { CompanyForm } from "@/components/company/company-form";
import { StatusBanner } from "@/components/company/status-banner";
import { requireUser } from "@/lib/auth/access";
import { getMembership } from "@/lib/companies/access";
import { companyFormDefaults, companyFormOptions } from "@/lib/companies/form-options";
import { companySideOf } from "@/lib/companies/onboarding";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { createCompanyAction, setPublicProfileAction, updateCompanyAction } from "./actions";
import { ActionButton } from "@/components/ui/action-button";
import { publicPaths } from "@/lib/public/seo";
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
      {company.status !== "suspended" && membership.role === "owner" && <PublicPageSetting company={company} />}
      {company.status !== "suspended" && (
        <CompanyForm action={updateCompanyAction} submitLabel={t("save")} defaults={companyFormDefaults(company)} {...options} />
      )}
    </div>
  );
}

/** The owner's opt-in to public pages; they show only while the chamber's approval stands. */
async function PublicPageSetting({ company }: { company: Company }) {
  const t = await getTranslations("company.publicPage");
  const tc = await getTranslations("common");
  const state = company.publicProfile ? (company.status === "approved" ? "public" : "waiting") : "private";
  return (
    <section className="flex max-w-3xl flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="public-page-setting">
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <p className="text-sm" data-testid="public-page-state">
        {t(`state.${state}`)}{" "}
        {state === "public" && (
          <Link href={publicPaths.company(company.id)} className="text-indigo-800 underline">
            {t("open")}
          </Link>
        )}
      </p>
      <div>
        <ActionButton
          action={setPublicProfileAction}
          fields={{ public: company.publicProfile ? "false" : "true" }}
          label={t(company.publicProfile ? "makePrivate" : "makePublic")}
          pendingLabel={tc("saving")}
          variant={company.publicProfile ? "secondary" : "primary"}
        />
      </div>
    </section>
  );
}
