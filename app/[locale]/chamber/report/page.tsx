import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { BreakdownsSection } from "@/components/chamber/breakdowns-section";
import { FunnelSection } from "@/components/chamber/funnel-section";
import { PeriodForm } from "@/components/chamber/period-form";
import { PrintButton } from "@/components/chamber/print-button";
import { RecommendationsSection } from "@/components/chamber/recommendations-section";
import { SeriesSection } from "@/components/chamber/series-section";
import { SignedDealsTable } from "@/components/chamber/signed-deals-table";
import { requireAdmin } from "@/lib/auth/access";
import { loadConsole, readConsoleSearch } from "@/lib/chamber/console-page";
import type { PageSearchParams } from "@/lib/http/search-params";
import { signedDeals } from "@/lib/chamber/signed-deals";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The console's figures for one period as a document to print or save as PDF from the browser:
 * a title with the chamber, period and generation date; the same sections as /chamber; and the
 * deals signed in the period. Navigation, forms and buttons are left off the printed pages.
 */
export default async function ChamberReportPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/chamber/report");
  const search = readConsoleSearch(await searchParams);
  const { scope, period, chambers, funnel, series, breakdowns, recommendations, chamberLabel } = await loadConsole(admin, search, locale);
  const deals = await signedDeals(scope, period);
  const t = await getTranslations("chamberConsole");
  const format = await getFormatter();
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const consoleQuery = new URLSearchParams({
    from: period.fromDate,
    to: period.toDate,
    unit: period.unit,
    ...(scope.chamberId ? { chamber: scope.chamberId } : {}),
  });
  return (
    <article className="flex max-w-[700px] flex-col gap-8 print:max-w-none print:gap-6" data-testid="chamber-report">
      <header className="flex flex-col gap-1 border-b border-stone-300 pb-4">
        <p className="text-sm text-stone-600" data-testid="report-chamber">
          {chamberLabel(scope.chamberId, t("chamberAll"))}
        </p>
        <h1 className="text-2xl font-bold">{t("report.title")}</h1>
        <p data-testid="report-period">{t("report.period", { from: day(period.fromDate), to: day(period.toDate) })}</p>
        <p className="text-sm text-stone-600" data-testid="report-generated">
          {t("report.generated", { date: format.dateTime(new Date(), { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Tokyo" }) })}
        </p>
      </header>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton label={t("report.print")} />
        <Link href={`/chamber?${consoleQuery}`} className="text-sm text-indigo-800 underline">
          {t("report.back")}
        </Link>
      </div>
      <PeriodForm
        period={period}
        chamberId={scope.chamberId}
        chambers={admin.role === "platform_admin" ? chambers.map((c) => ({ id: c.id, label: chamberLabel(c.id, t("chamberAll")) })) : undefined}
      />
      <FunnelSection funnel={funnel} locale={locale} />
      <SignedDealsTable deals={deals} locale={locale} />
      <SeriesSection series={series} unit={period.unit} locale={locale} />
      <RecommendationsSection figures={recommendations} />
      <BreakdownsSection breakdowns={breakdowns} locale={locale} />
    </article>
  );
}
