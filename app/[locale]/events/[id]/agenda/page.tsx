import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/components/chamber/print-button";
import { EventLinks } from "@/components/events/event-links";
import { NoteForm } from "@/components/events/note-form";
import { TalkTime } from "@/components/events/talk-time";
import { LocalizedText } from "@/components/localized-text";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/access";
import { readAgenda } from "@/lib/events/agenda";
import { dayHasCome } from "@/lib/events/day";
import { orMissing, ownTalks } from "@/lib/events/reads";
import { pickLocalized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { checkInAction, writeNoteAction } from "../actions";

/** A participant's published talks in its own zone (JST or CST): a page that also prints as a sheet. */
export default async function AgendaPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/events/${id}/agenda`);
  const data = await orMissing(Promise.all([readAgenda(user, id), ownTalks(user, id)]));
  if (!data) notFound();
  const [agenda, talks] = data;
  const t = await getTranslations("events");
  const { event } = agenda;
  const where = [event.place, event.onlineUrl].filter(Boolean).join(" · ");
  const onTheDay = dayHasCome(event, new Date());
  return (
    <div className="flex flex-col gap-6">
      <EventLinks eventId={event.id} organizer={false} participant />
      <PageHeader
        title={t("agenda.title", { name: pickLocalized(event.name, locale)?.text ?? "" })}
        lead={t("agenda.zone", { zone: t(`zones.${agenda.timeZone as "Asia/Tokyo"}`) })}
      >
        <PrintButton label={t("agenda.print")} />
        <a href={`/api/events/${event.id}/ics`} className="text-indigo-800 underline print:hidden" data-testid="agenda-ics" download>
          {t("agenda.ics")}
        </a>
      </PageHeader>
      {where && <p className="text-sm text-stone-700">{where}</p>}
      {agenda.talks.length === 0 && <p className="text-stone-600">{t("agenda.empty")}</p>}
      <ol className="flex flex-col gap-4" data-testid="agenda">
        {agenda.talks.map((talk) => {
          const row = talks.get(talk.id);
          const side = row?.smeId === agenda.companyId ? "sme" : "distributor";
          const mine = side === "sme" ? row?.smeCheckedInAt : row?.distributorCheckedInAt;
          const theirs = side === "sme" ? row?.distributorCheckedInAt : row?.smeCheckedInAt;
          const interest = side === "sme" ? row?.smeInterest : row?.distributorInterest;
          const step = (side === "sme" ? row?.smeNextStep : row?.distributorNextStep) ?? "none";
          return (
            <li
              key={talk.id}
              data-testid="agenda-talk"
              data-status={talk.status}
              className="flex break-inside-avoid flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4"
            >
              <p className="flex flex-wrap items-center gap-3">
                <span className="font-semibold" data-testid="agenda-time">
                  <TalkTime startsAt={talk.startsAt} endsAt={talk.endsAt} zone={agenda.timeZone} />
                </span>
                <span>{t("agenda.table", { table: talk.tableNo })}</span>
                <span>
                  {t("agenda.with")}: <LocalizedText value={talk.other.name} locale={locale} />
                </span>
                <span className="text-sm text-stone-600">{t(`talkStatus.${talk.status as "held"}`)}</span>
              </p>
              <div className="flex flex-wrap items-center gap-3 text-sm print:hidden">
                {mine ? (
                  <span data-testid="checked-in">{t("agenda.youCheckedIn")}</span>
                ) : (
                  onTheDay &&
                  talk.status === "scheduled" && (
                    <ActionButton action={checkInAction} fields={{ talkId: talk.id }} label={t("agenda.checkIn")} variant="primary" />
                  )
                )}
                {theirs && <span>{t("agenda.otherCheckedIn")}</span>}
                {row?.inquiryId && (
                  <Link href={`/inquiries/${row.inquiryId}`} className="text-indigo-800 underline" data-testid="talk-thread">
                    {t("agenda.thread")}
                  </Link>
                )}
              </div>
              {interest != null ? (
                <p className="text-sm text-stone-700" data-testid="own-note">
                  {t("note.written", { interest, nextStep: t(`nextSteps.${step as "none"}`) })}
                </p>
              ) : (
                (talk.status === "scheduled" || talk.status === "held") && (
                  <details className="print:hidden">
                    <summary className="cursor-pointer text-sm text-indigo-800">{t("note.title")}</summary>
                    <NoteForm action={writeNoteAction} talkId={talk.id} />
                  </details>
                )
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
