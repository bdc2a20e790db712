import { getTranslations, setRequestLocale } from "next-intl/server";
import { BreakdownsSection } from "@/components/chamber/breakdowns-section";
import { ExportLinks } from "@/components/chamber/export-links";
import { FunnelSection } from "@/components/chamber/funnel-section";
import { PeriodForm } from "@/components/chamber/period-form";
import { RecommendationsSection } from "@/components/chamber/recommendations-section";
import { SeriesSection } from "@/components/chamber/series-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/access";
import { loadConsole, readConsoleSearch } from "@/lib/chamber/console-page";
import type { PageSearchParams } from "@/lib/http/search-params";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export default async function ChamberConsolePage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/chamber");
  const { scope, period, chambers, funnel, series, breakdowns, recommendations, chamberLabel } = await loadConsole(
    admin,
    readConsoleSearch(await searchParams),
    locale,
  );
  const t = await getTranslations("chamberConsole");
  const reportQuery = new URLSearchParams({
    from: period.fromDate,
    to: period.toDate,
    unit: period.unit,
    ...(scope.chamberId ? { chamber: scope.chamberId } : {}),
  });
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={
          <>
            {t("title")} <span className="ml-2 text-lg font-normal text-stone-600">{chamberLabel(scope.chamberId, t("chamberAll"))}</span>
          </>
        }
        lead={t("lead")}
      />
      <PeriodForm
        period={period}
        chamberId={scope.chamberId}
        chambers={admin.role === "platform_admin" ? chambers.map((c) => ({ id: c.id, label: chamberLabel(c.id, t("chamberAll")) })) : undefined}
      />
      <p className="-mt-4 flex flex-wrap gap-x-4 text-sm text-stone-600">
        <span data-testid="console-period">{t("period", { from: period.fromDate, to: period.toDate })}</span>
        <Link href={`/chamber/report?${reportQuery}`} className="text-indigo-800 underline" data-testid="report-link">
          {t("report.link")}
        </Link>
      </p>
      <FunnelSection funnel={funnel} locale={locale} />
      <SeriesSection series={series} unit={period.unit} locale={locale} />
      <RecommendationsSection figures={recommendations} />
      <BreakdownsSection breakdowns={breakdowns} locale={locale} />
      <ExportLinks locale={locale} chamberId={scope.chamberId} />
    </div>
  );
}
