import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventLinks } from "@/components/events/event-links";
import { LocalizedText } from "@/components/localized-text";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroll } from "@/components/ui/table-scroll";
import { dealStages } from "@/db/schema";
import { requireUser } from "@/lib/auth/access";
import { eventReport, type ReportFigures } from "@/lib/events/report";
import { orMissing } from "@/lib/events/reads";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

export default async function EventReportPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/events/${id}/report`);
  const report = await orMissing(eventReport(user, id));
  if (!report) notFound();
  const [t, ts] = await Promise.all([getTranslations("events"), getTranslations("inquiries.stages")]);
  const { event, overall } = report;
  const figures = ["requestsSent", "requestsAccepted", "requestsExpired", "talksHeld", "noShows", "threadsOpened"] as const;
  const cells = (f: ReportFigures) => [...figures.map((k) => f[k]), ...dealStages.map((s) => f.deals[s])];
  return (
    <div className="flex flex-col gap-6">
      <EventLinks eventId={event.id} organizer participant={false} />
      <PageHeader title={t("report.title", { name: pickLocalized(event.name, locale)?.text ?? "" })}>
        <a href={`/api/events/${event.id}/report?locale=${locale}`} className="text-indigo-800 underline" data-testid="report-csv" download>
          {t("report.csv")}
        </a>
      </PageHeader>
      <section aria-labelledby="overall-title" className="flex flex-col gap-2">
        <h2 id="overall-title" className="text-lg font-semibold">
          {t("report.overall")}
        </h2>
        <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4" data-testid="report-overall">
          {[
            ["registrations", t("report.registrations"), overall.registrations],
            ["accepted", t("report.registrationsAccepted"), overall.accepted],
            ...figures.map((k) => [k, t(`report.${k}`), overall[k]] as const),
            ["signed", t("report.signed"), overall.deals.signed],
          ].map(([key, label, value]) => (
            <div key={key} className="rounded-md border border-stone-200 bg-white p-3" data-testid={`figure-${key}`}>
              <dt className="text-stone-600">{label}</dt>
              <dd className="text-xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
        <h3 className="mt-2 font-semibold">{t("report.dealsByStage")}</h3>
        <ul className="flex flex-wrap gap-4 text-sm" data-testid="report-stages">
          {dealStages.map((s) => (
            <li key={s}>
              {ts(s)}: {overall.deals[s]}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="members-title" className="flex flex-col gap-2">
        <h2 id="members-title" className="text-lg font-semibold">
          {t("report.perMember")}
        </h2>
        <TableScroll label={t("report.perMember")}>
          <table className="text-sm" data-testid="report-members">
            <thead>
              <tr className="text-left">
                <th className="pr-3">{t("columns.company")}</th>
                <th className="pr-3">{t("report.registration")}</th>
                {figures.map((k) => (
                  <th key={k} className="pr-3">
                    {t(`report.${k}`)}
                  </th>
                ))}
                {dealStages.map((s) => (
                  <th key={s} className="pr-3">
                    {ts(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.members.map((m) => (
                <tr key={m.companyId} data-testid="report-member">
                  <td className="pr-3">
                    <LocalizedText value={m.name} locale={locale} /> <span className="text-stone-500">({t(`kinds.${m.kind}`)})</span>
                  </td>
                  <td className="pr-3">{t(`status.${m.registration}`)}</td>
                  {cells(m).map((v, i) => (
                    <td key={i} className="pr-3 text-right">
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
