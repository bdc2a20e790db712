import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pager } from "@/components/inquiries/pager";
import { ThreadTable } from "@/components/inquiries/thread-table";
import { dealStages, type DealStage } from "@/db/schema";
import { requireAdmin } from "@/lib/auth/access";
import { pickLocalized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { INBOX_PAGE_SIZE, listThreads } from "@/lib/inquiries/inbox";
import { adminChamberName, chamberDealStats } from "@/lib/inquiries/stats";
import { z } from "zod";
import { optionalParam, pageParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ stage: optionalParam(z.enum(dealStages)), page: pageParam });

export default async function ChamberDealsPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/chamber/deals");
  const { stage, page } = readSearchParams(searchSchema, await searchParams);
  const [stats, chamber, { rows, total }] = await Promise.all([chamberDealStats(admin), adminChamberName(admin), listThreads(admin, { stage, page })]);
  const t = await getTranslations("inquiries");
  const chamberName = pickLocalized(chamber, locale)?.text;
  const filterHref = (s?: DealStage) => (s ? `/chamber/deals?stage=${s}` : "/chamber/deals");
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">
          {t("deals.title")}
          {chamberName && <span className="ml-2 text-lg font-normal text-stone-600">{chamberName}</span>}
        </h1>
        <p className="text-stone-600">{t("deals.lead")}</p>
      </header>
      <dl className="grid max-w-3xl grid-cols-2 gap-3 sm:grid-cols-4" data-testid="deal-stats">
        <div className="rounded-lg border border-emerald-300 bg-emerald-50 p-3">
          <dt className="text-sm text-emerald-900">{t("deals.signedThisYear", { year: stats.year })}</dt>
          <dd className="text-2xl font-bold text-emerald-900" data-testid="signed-this-year">
            {stats.signedThisYear}
          </dd>
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">{t("deals.total")}</dt>
          <dd className="text-2xl font-bold" data-testid="deals-total">
            {stats.total}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="by-stage" className="flex flex-col gap-3">
        <h2 id="by-stage" className="text-lg font-semibold">
          {t("deals.byStage")}
        </h2>
        <div className="flex flex-wrap gap-2 text-sm" role="group" aria-label={t("deals.byStage")}>
          <Link
            href={filterHref()}
            aria-current={!stage ? "true" : undefined}
            className={!stage ? "rounded-full bg-indigo-700 px-3 py-1 text-white" : "rounded-full border border-stone-300 px-3 py-1"}
          >
            {t("deals.withCount", { label: t("deals.all"), count: stats.total })}
          </Link>
          {dealStages.map((s) => (
            <Link
              key={s}
              href={filterHref(s)}
              data-testid={`stage-count-${s}`}
              aria-current={s === stage ? "true" : undefined}
              className={s === stage ? "rounded-full bg-indigo-700 px-3 py-1 text-white" : "rounded-full border border-stone-300 px-3 py-1"}
            >
              {t("deals.withCount", { label: t(`stages.${s}`), count: stats.byStage[s] })}
            </Link>
          ))}
        </div>
        {rows.length === 0 ? <p className="text-stone-600">{t("deals.empty")}</p> : <ThreadTable rows={rows} locale={locale} />}
        <Pager page={page} pages={Math.ceil(total / INBOX_PAGE_SIZE)} href={(p) => `${filterHref(stage)}${stage ? "&" : "?"}page=${p}`} />
      </section>
    </div>
  );
}
