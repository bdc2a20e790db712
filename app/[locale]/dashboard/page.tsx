import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ReactNode } from "react";
import { LocalizedText } from "@/components/localized-text";
import { requireUser } from "@/lib/auth/access";
import { dashboardOverview, type AdminOverview, type MemberOverview, type NextStep } from "@/lib/dashboard/overview";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";

const stepLinks: Record<NextStep, string> = {
  createCompany: "/company",
  addProducts: "/company/products/new",
  setTargets: "/company/targets",
  addChannels: "/company/channels",
  addNeeds: "/company/needs",
};

function Tile({ href, testId, children }: { href: string; testId: string; children: ReactNode }) {
  return (
    <li>
      <Link href={href} data-testid={testId} className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-indigo-400">
        {children}
      </Link>
    </li>
  );
}

async function MemberSection({ overview }: { overview: MemberOverview }) {
  const t = await getTranslations("dashboard");
  const tm = await getTranslations("matching");
  const { company } = overview;
  return (
    <>
      {company && (
        <p data-testid="company-status">
          <LocalizedText value={company.name} className="font-semibold" /> — {t("status", { status: t(`statuses.${company.status}`) })}
        </p>
      )}
      {overview.steps.length > 0 && (
        <section className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("nextSteps")}</h2>
          <ol className="flex list-decimal flex-col gap-1 pl-6" data-testid="next-steps">
            {overview.steps.map((step) => (
              <li key={step}>
                <Link href={stepLinks[step]} className="text-indigo-800 underline">
                  {t(`steps.${step}`)}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      )}
      {company && (
        <>
          <section className="flex flex-col gap-2">
            <h2 className="text-lg font-semibold">{t("overview")}</h2>
            <ul className="grid gap-3 sm:grid-cols-2">
              <Tile href="/inbox" testId="dashboard-unread">
                {t("unread", { count: overview.unreadMessages })}
              </Tile>
              <Tile href="/showrooms" testId="dashboard-applications">
                {t(company.kind === "sme" ? "pendingApplicationsSme" : "pendingApplicationsDistributor", { count: overview.pendingApplications })}
              </Tile>
            </ul>
          </section>
          <section className="flex flex-col gap-2">
            <h2 className="text-lg font-semibold">{t("topMatches")}</h2>
            {overview.topMatches.length === 0 ? (
              <p className="text-stone-600">{t("noMatches")}</p>
            ) : (
              <ol className="flex flex-col gap-1" data-testid="top-matches">
                {overview.topMatches.map((match) => (
                  <li key={match.other.id} className="flex gap-3">
                    <Link href={`/companies/${match.other.id}`} className="text-indigo-800 underline">
                      <LocalizedText value={match.other.name} />
                    </Link>
                    <span className="text-stone-600">{tm("score", { percent: Math.round(match.score * 100) })}</span>
                  </li>
                ))}
              </ol>
            )}
            <Link href="/matches" className="w-fit text-sm text-indigo-800 underline">
              {t("allMatches")}
            </Link>
          </section>
        </>
      )}
    </>
  );
}

async function AdminSection({ overview }: { overview: AdminOverview }) {
  const t = await getTranslations("dashboard");
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">{t("overview")}</h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        <Tile href="/admin" testId="dashboard-pending-companies">
          {t("pendingCompanies", { count: overview.pendingCompanies })}
        </Tile>
        <Tile href="/admin/reports" testId="dashboard-open-reports">
          {t("openReports", { count: overview.openReports })}
        </Tile>
        <Tile href="/chamber/deals" testId="dashboard-deals">
          {t("dealsInProgress", { count: overview.dealsInProgress })}
        </Tile>
        <Tile href="/inbox" testId="dashboard-unread">
          {t("unread", { count: overview.unreadMessages })}
        </Tile>
      </ul>
    </section>
  );
}

export default async function DashboardPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/dashboard");
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const overview = await dashboardOverview(user);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("welcome", { name: user.name })} />
      {overview.kind === "member" ? <MemberSection overview={overview} /> : <AdminSection overview={overview} />}
      {/* Labels keep their words whole; a long email wraps inside its column, never past the box. */}
      <dl className="grid max-w-xl grid-cols-1 gap-x-6 gap-y-1 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-2">
        <dt className="text-stone-600 sm:whitespace-nowrap">{t("email")}</dt>
        <dd data-testid="account-email" className="mb-2 [overflow-wrap:anywhere] sm:mb-0">
          {user.email}
        </dd>
        <dt className="text-stone-600 sm:whitespace-nowrap">{t("role")}</dt>
        <dd data-testid="account-role" className="mb-2 sm:mb-0">
          {t(`roles.${user.role}`)}
        </dd>
        <dt className="text-stone-600 sm:whitespace-nowrap">{t("memberSince")}</dt>
        <dd>{format.dateTime(user.createdAt, { dateStyle: "long" })}</dd>
      </dl>
    </div>
  );
}
