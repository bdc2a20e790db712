import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { EventLinks } from "@/components/events/event-links";
import { TalkTime } from "@/components/events/talk-time";
import { LocalizedText } from "@/components/localized-text";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroll } from "@/components/ui/table-scroll";
import { requireUser } from "@/lib/auth/access";
import { readProposal } from "@/lib/events/agenda";
import { dayHasCome } from "@/lib/events/day";
import { listRegistrations } from "@/lib/events/organizer";
import { organizerTalks, orMissing, otherChambers, readEventPage } from "@/lib/events/reads";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { utcToZonedLocal } from "@/lib/inquiries/wall-clock";
import { decideRegistrationAction, markTalkAction, proposeScheduleAction, publishScheduleAction, updateEventAction } from "./actions";

export default async function ManageEventPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/events/${id}/manage`);
  const data = await orMissing(Promise.all([listRegistrations(user, id), readProposal(user, id), organizerTalks(user, id)]));
  if (!data) notFound();
  const [registrations, proposal, talks] = data;
  const [t, chambers, { event }] = await Promise.all([getTranslations("events"), otherChambers(user), readEventPage(user, id)]);
  const name = pickLocalized(event.name, locale)?.text ?? "";
  const onTheDay = dayHasCome(event, new Date());
  const end = (d: Date) => new Date(d.getTime() + event.talkMinutes * 60_000);
  const initial = {
    nameJa: event.name.ja ?? "",
    nameZh: event.name.zh ?? "",
    nameEn: event.name.en ?? "",
    descriptionJa: event.description?.ja ?? "",
    descriptionZh: event.description?.zh ?? "",
    descriptionEn: event.description?.en ?? "",
    place: event.place ?? "",
    onlineUrl: event.onlineUrl ?? "",
    coChamberId: event.coChamberId ?? "",
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    timeZone: event.timeZone,
    dayStart: event.dayStart,
    dayEnd: event.dayEnd,
    talkMinutes: String(event.talkMinutes),
    breakMinutes: String(event.breakMinutes),
    tables: String(event.tables),
    registrationDeadline: utcToZonedLocal(event.registrationDeadline, event.timeZone),
    requestExpiryHours: String(event.requestExpiryHours),
    maxPendingRequests: String(event.maxPendingRequests),
    allowedKinds: event.allowedKinds,
  };
  const section = "flex flex-col gap-3 border-t border-stone-200 pt-6";
  return (
    <div className="flex flex-col gap-6">
      <EventLinks eventId={event.id} organizer participant={false} />
      <PageHeader title={t("manage.title", { name })} />
      <section aria-labelledby="registrations-title" className={section}>
        <h2 id="registrations-title" className="text-lg font-semibold">
          {t("manage.registrations")}
        </h2>
        {registrations.length === 0 && <p className="text-stone-600">{t("manage.noRegistrations")}</p>}
        <ul className="flex flex-col gap-2" data-testid="registrations">
          {registrations.map(({ participant, company }) => (
            <li key={participant.id} data-testid="registration" data-status={participant.status} className="flex flex-wrap items-center gap-3 text-sm">
              <LocalizedText value={company.name} locale={locale} className="font-medium" />
              <span className="text-stone-600">{t(`kinds.${company.kind}`)}</span>
              <span>{t(`status.${participant.status}`)}</span>
              {participant.needs && <span className="text-stone-600">{participant.needs}</span>}
              {participant.status === "pending" && (
                <>
                  <ActionButton
                    action={decideRegistrationAction}
                    fields={{ eventId: event.id, participantId: participant.id, decision: "accepted" }}
                    label={t("manage.accept")}
                    variant="primary"
                  />
                  <ActionButton
                    action={decideRegistrationAction}
                    fields={{ eventId: event.id, participantId: participant.id, decision: "rejected" }}
                    label={t("manage.reject")}
                    variant="danger"
                  />
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="schedule-title" className={section}>
        <h2 id="schedule-title" className="text-lg font-semibold">
          {t("manage.schedule")}
        </h2>
        <p className="max-w-3xl text-sm text-stone-700">{t("manage.scheduleIntro")}</p>
        <div data-testid="propose-schedule">
          <ActionButton action={proposeScheduleAction} fields={{ eventId: event.id }} label={t("manage.propose")} />
        </div>
        <h3 className="font-semibold">{t("manage.proposal")}</h3>
        {proposal.talks.length === 0 ? (
          <p className="text-stone-600">{t("manage.noProposal")}</p>
        ) : (
          <>
            <TableScroll label={t("manage.proposal")}>
              <table className="text-sm" data-testid="proposal">
                <thead>
                  <tr className="text-left">
                    <th className="pr-4">{t("columns.time")}</th>
                    <th className="pr-4">{t("columns.table")}</th>
                    <th className="pr-4">{t("columns.sme")}</th>
                    <th>{t("columns.distributor")}</th>
                  </tr>
                </thead>
                <tbody>
                  {proposal.talks.map((talk) => (
                    <tr key={talk.id} data-testid="proposed-talk">
                      <td className="pr-4">
                        <TalkTime startsAt={talk.startsAt} endsAt={talk.endsAt} zone={event.timeZone} />
                      </td>
                      <td className="pr-4">{talk.tableNo}</td>
                      <td className="pr-4">
                        <LocalizedText value={talk.sme.name} locale={locale} />
                      </td>
                      <td>
                        <LocalizedText value={talk.distributor.name} locale={locale} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {proposal.unscheduled > 0 && <p className="text-amber-900">{t("manage.unscheduled", { count: proposal.unscheduled })}</p>}
            <div data-testid="publish-schedule">
              <ActionButton action={publishScheduleAction} fields={{ eventId: event.id }} label={t("manage.publish")} variant="primary" />
            </div>
          </>
        )}
      </section>
      <section aria-labelledby="talks-title" className={section}>
        <h2 id="talks-title" className="text-lg font-semibold">
          {t("manage.talks")}
        </h2>
        {talks.length === 0 && <p className="text-stone-600">{t("manage.noTalks")}</p>}
        <ul className="flex flex-col gap-2" data-testid="day-talks">
          {talks.map((talk) => (
            <li key={talk.id} data-testid="day-talk" data-status={talk.status} className="flex flex-wrap items-center gap-3 text-sm">
              <TalkTime startsAt={talk.startsAt} endsAt={end(talk.startsAt)} zone={event.timeZone} />
              <span>{t("agenda.table", { table: talk.tableNo })}</span>
              <LocalizedText value={talk.sme} locale={locale} />
              <span className="text-stone-500">({t(talk.smeCheckedInAt ? "manage.checkedIn" : "manage.notCheckedIn")})</span>
              <LocalizedText value={talk.distributor} locale={locale} />
              <span className="text-stone-500">({t(talk.distributorCheckedInAt ? "manage.checkedIn" : "manage.notCheckedIn")})</span>
              <span className="font-medium">{t(`talkStatus.${talk.status}`)}</span>
              {onTheDay && talk.status === "scheduled" && (
                <>
                  <ActionButton action={markTalkAction} fields={{ eventId: event.id, talkId: talk.id, outcome: "held" }} label={t("manage.markHeld")} />
                  <ActionButton action={markTalkAction} fields={{ eventId: event.id, talkId: talk.id, outcome: "no_show" }} label={t("manage.markNoShow")} />
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="edit-title" className={section}>
        <h2 id="edit-title" className="text-lg font-semibold">
          {t("form.editTitle")}
        </h2>
        <EventForm
          action={updateEventAction}
          eventId={event.id}
          initial={initial}
          chambers={chambers.map((c) => ({ value: c.id, label: pickLocalized(c.name, locale)?.text ?? "" }))}
          zones={["Asia/Tokyo", "Asia/Shanghai"].map((z) => ({ value: z, label: t(`zones.${z as "Asia/Tokyo"}`) }))}
        />
      </section>
    </div>
  );
}
