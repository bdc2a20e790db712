import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { Event, Localized } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";

/** An event's details: dates, talk hours in the event's zone, place or link, deadline, who may join. */
export async function EventFacts({
  event,
  chamberName,
  coChamberName,
  locale,
}: {
  event: Event;
  chamberName: Localized;
  coChamberName: Localized | null;
  locale: Locale;
}) {
  const t = await getTranslations("events");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const row = (label: string, value: React.ReactNode) => (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-3">
      <dt className="font-medium text-stone-600 sm:w-44">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl className="flex flex-col gap-2 text-sm" data-testid="event-facts">
      {row(t("facts.organizer"), <LocalizedText value={chamberName} locale={locale} />)}
      {coChamberName && row(t("facts.coOrganizer"), <LocalizedText value={coChamberName} locale={locale} />)}
      {row(
        t("facts.when"),
        <>
          {t("list.dates", { start: day(event.startsOn), end: day(event.endsOn) })}
          <br />
          {t("facts.hours", {
            start: event.dayStart,
            end: event.dayEnd,
            zone: event.timeZone,
            talk: event.talkMinutes,
            break: event.breakMinutes,
            tables: event.tables,
          })}
        </>,
      )}
      {event.place && row(t("facts.where"), event.place)}
      {event.onlineUrl &&
        row(
          t("facts.online"),
          <a href={event.onlineUrl} rel="noopener noreferrer" className="text-indigo-800 underline">
            {event.onlineUrl}
          </a>,
        )}
      {row(t("facts.deadline"), format.dateTime(event.registrationDeadline, { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone }))}
      {row(t("facts.kinds"), event.allowedKinds.map((k) => t(`kinds.${k}`)).join(" / "))}
    </dl>
  );
}
