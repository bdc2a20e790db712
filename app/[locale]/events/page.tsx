import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/access";
import { listEventsFor } from "@/lib/events/reads";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export default async function EventsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/events");
  const [t, format, rows] = await Promise.all([getTranslations("events"), getFormatter(), listEventsFor(user)]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("list.title")} lead={t("list.intro")}>
        {user.role === "chamber_admin" && (
          <LinkButton href="/events/new" data-testid="new-event">
            {t("list.create")}
          </LinkButton>
        )}
      </PageHeader>
      <h2 className="text-lg font-semibold">{user.role === "chamber_admin" ? t("list.organizing") : t("list.open")}</h2>
      {rows.length === 0 && <p className="text-stone-600">{t("list.empty")}</p>}
      <ul className="flex flex-col gap-3" data-testid="event-list">
        {rows.map(({ event, chamberName, status }) => (
          <li key={event.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="event-item">
            <Link href={`/events/${event.id}`} className="text-lg font-semibold text-indigo-800 underline">
              <LocalizedText value={event.name} locale={locale} />
            </Link>
            <p className="text-sm text-stone-600">
              {t("list.dates", { start: day(event.startsOn), end: day(event.endsOn) })} · <LocalizedText value={chamberName} locale={locale} />
              {event.place && ` · ${event.place}`}
            </p>
            {user.role !== "chamber_admin" && user.role !== "platform_admin" && (
              <p className="text-sm" data-testid="event-status">
                {t(`status.${status ?? "none"}`)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
