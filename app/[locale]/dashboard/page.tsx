import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ReactNode } from "react";
import { LocalizedText } from "@/components/localized-text";
import { requireUser } from "@/lib/auth/access";
import { dashboardOverview, type AdminOverview, type ChecklistItem, type ChecklistStep, type MemberOverview } from "@/lib/dashboard/overview";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";

const stepLinks: Record<ChecklistStep, string> = {
  createCompany: "/company",
  addProducts: "/company/products/new",
  addImages: "/company/products",
  chineseNames: "/company/products",
  setTargets: "/company/targets",
  addChannels: "/company/channels",
  addNeeds: "/company/needs",
};

/** Where a step is mended; without a company yet, every step starts at the company form. */
const linkOf = (item: ChecklistItem, hasCompany: boolean) => (!hasCompany || item.where === "company" ? "/company" : stepLinks[item.step]);

/** The onboarding checklist: every step for the company's kind, with its progress and why each step matters to its matches. */
async function Checklist({ items, hasCompany }: { items: ChecklistItem[]; hasCompany: boolean }) {
  const t = await getTranslations("dashboard");
  const done = items.filter((item) => item.done).length;
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="checklist-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="checklist-title" className="text-lg font-semibold">
          {t("checklistTitle")}
        </h2>
        <p className="text-sm text-stone-700" data-testid="checklist-progress">
          {t("checklistProgress", { done, total: items.length })}
        </p>
      </div>
      <div
        role="progressbar"
        aria-labelledby="checklist-title"
        aria-valuemin={0}
        aria-valuemax={items.length}
        aria-valuenow={done}
        className="h-2 overflow-hidden rounded-full bg-stone-200"
      >
        <div className="h-full rounded-full bg-emerald-600" style={{ width: `${Math.round((done / items.length) * 100)}%` }} />
      </div>
      <ol className="flex flex-col gap-3" data-testid="next-steps">
        {items.map((item, i) => (
          <li key={item.step} className="flex gap-3" data-done={item.done}>
            <span
              aria-hidden
              className={`mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full text-sm ${item.done ? "bg-emerald-600 text-white" : "border border-stone-400 text-stone-700"}`}
            >
              {item.done ? "✓" : i + 1}
            </span>
            <div className="flex min-w-0 flex-col">
              {item.done ? (
                <span className="text-stone-700">
                  {t(`steps.${item.step}`)} <span className="sr-only">({t("checklistDone")})</span>
                </span>
              ) : (
                <Link href={linkOf(item, hasCompany)} className="font-medium text-indigo-800 underline">
                  {t(`steps.${item.step}`)}
                </Link>
              )}
              {!item.done && <p className="text-sm text-stone-700">{t(`why.${item.step}`)}</p>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

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
      {overview.checklist.length > 0 && <Checklist items={overview.checklist} hasCompany={company !== null} />}
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
