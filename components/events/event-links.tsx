import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The pages of one event the viewer may open: the organizer's or an accepted participant's. */
export async function EventLinks({ eventId, organizer, participant }: { eventId: string; organizer: boolean; participant: boolean }) {
  const t = await getTranslations("events.links");
  const links: [string, string][] = [
    ["/events", t("back")],
    [`/events/${eventId}`, t("event")],
    ...(organizer
      ? ([
          [`/events/${eventId}/manage`, t("manage")],
          [`/events/${eventId}/report`, t("report")],
        ] as [string, string][])
      : []),
    ...(participant
      ? ([
          [`/events/${eventId}/participants`, t("participants")],
          [`/events/${eventId}/agenda`, t("agenda")],
        ] as [string, string][])
      : []),
  ];
  return (
    <nav className="flex flex-wrap gap-4 text-sm print:hidden" aria-label={t("event")}>
      {links.map(([href, label]) => (
        <Link key={href} href={href} className="text-indigo-800 underline">
          {label}
        </Link>
      ))}
    </nav>
  );
}
