import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BreakdownTable } from "@/components/chamber/breakdown-table";
import { ExportLinks } from "@/components/chamber/export-links";
import { FunnelSection } from "@/components/chamber/funnel-section";
import { PeriodForm } from "@/components/chamber/period-form";
import { RecommendationsSection } from "@/components/chamber/recommendations-section";
import { SeriesSection } from "@/components/chamber/series-section";
import { LocalizedText } from "@/components/localized-text";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/access";
import { chamberBreakdowns, recommendationFigures } from "@/lib/chamber/breakdowns";
import { listChambers } from "@/lib/chamber/chambers";
import { chamberFunnel, chamberSeries } from "@/lib/chamber/funnel";
import { parsePeriod } from "@/lib/chamber/period";
import { consoleScope, type ConsoleScope } from "@/lib/chamber/access";
import { PublicError } from "@/lib/errors";
import { regionName } from "@/lib/geo/regions";
import { hsLabel } from "@/lib/hs/nomenclature";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { ChannelType } from "@/db/schema";

type Search = { chamber?: string; from?: string; to?: string; unit?: string };

/** A chamber admin naming another chamber gets the not-found page, as for any page not theirs. */
function scopeOrNotFound(admin: Parameters<typeof consoleScope>[0], requested?: string): ConsoleScope {
  try {
    return consoleScope(admin, requested);
  } catch (error) {
    if (error instanceof PublicError) notFound();
    throw error;
  }
}

export default async function ChamberConsolePage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/chamber");
  const search = await searchParams;
  const scope = scopeOrNotFound(admin, search.chamber);
  const period = parsePeriod(search);
  const chambers = await listChambers();
  if (scope.chamberId && !chambers.some((c) => c.id === scope.chamberId)) notFound();
  const [funnel, series, breakdowns, recommendations] = await Promise.all([
    chamberFunnel(scope, period),
    chamberSeries(scope, period),
    chamberBreakdowns(scope, period),
    recommendationFigures(scope, period),
  ]);
  const t = await getTranslations("chamberConsole");
  const tc = await getTranslations("catalog.channelTypes");
  const chamberLabel = (id: string | null) => {
    const chamber = chambers.find((c) => c.id === id);
    return chamber ? (pickLocalized(chamber.name, locale)?.text ?? chamber.key) : t("chamberAll");
  };
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={
          <>
            {t("title")} <span className="ml-2 text-lg font-normal text-stone-600">{chamberLabel(scope.chamberId)}</span>
          </>
        }
        lead={t("lead")}
      />
      <PeriodForm
        period={period}
        chamberId={scope.chamberId}
        chambers={admin.role === "platform_admin" ? chambers.map((c) => ({ id: c.id, label: chamberLabel(c.id) })) : undefined}
      />
      <p className="-mt-4 text-sm text-stone-600" data-testid="console-period">
        {t("period", { from: period.fromDate, to: period.toDate })}
      </p>
      <FunnelSection funnel={funnel} locale={locale} />
      <SeriesSection series={series} unit={period.unit} locale={locale} />
      <RecommendationsSection figures={recommendations} />
      <section aria-labelledby="breakdowns-title" className="flex flex-col gap-4">
        <h2 id="breakdowns-title" className="text-lg font-semibold">
          {t("breakdowns.title")}
        </h2>
        <p className="-mt-2 text-sm text-stone-600">{t("breakdowns.lead")}</p>
        <BreakdownTable
          title={t("breakdowns.byMember")}
          head={t("breakdowns.member")}
          testId="by-member"
          rows={breakdowns.members.map((m) => ({ ...m, key: m.id, label: <LocalizedText value={m.name} locale={locale} /> }))}
        />
        <div className="grid gap-6 lg:grid-cols-3">
          <BreakdownTable
            title={t("breakdowns.byProvince")}
            head={t("breakdowns.province")}
            testId="by-province"
            rows={breakdowns.provinces.map((r) => ({ ...r, label: regionName(r.key, locale) }))}
          />
          <BreakdownTable
            title={t("breakdowns.byChapter")}
            head={t("breakdowns.chapter")}
            testId="by-chapter"
            rows={breakdowns.chapters.map((r) => ({ ...r, label: r.key ? hsLabel(r.key, locale) : t("breakdowns.noProduct") }))}
          />
          <BreakdownTable
            title={t("breakdowns.byChannel")}
            head={t("breakdowns.channel")}
            testId="by-channel"
            rows={breakdowns.channels.map((r) => ({ ...r, label: r.key ? tc(r.key as ChannelType) : t("breakdowns.noChannel") }))}
          />
        </div>
      </section>
      <ExportLinks locale={locale} chamberId={scope.chamberId} />
    </div>
  );
}
