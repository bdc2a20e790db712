import { useFormatter, useTranslations } from "next-intl";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { dateOf, displayToday } from "@/lib/showrooms/dates";
import type { DisplayBadgeData } from "@/lib/showrooms/state";

/**
 * "On display in Yanji · Dec 1, 2026 – Mar 31, 2027" on a product page or card: one badge per
 * current or upcoming display from displayBadges(). Works in server and client components.
 */
export function DisplayBadge({ badge, locale, now }: { badge: DisplayBadgeData; locale: Locale; now?: Date }) {
  const t = useTranslations("showrooms.badge");
  const format = useFormatter();
  const upcoming = badge.startsOn > displayToday(now);
  // Date columns are calendar days: format them at UTC midnight in UTC so no zone shifts a day.
  const range = format.dateTimeRange(dateOf(badge.startsOn), dateOf(badge.endsOn), { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  const company = pickLocalized(badge.companyName, locale)?.text;
  return (
    <span
      data-testid="display-badge"
      data-upcoming={upcoming ? "true" : undefined}
      title={company ? t("at", { company }) : undefined}
      className="inline-flex flex-wrap items-center gap-1 rounded-full border border-amber-300 bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-900"
    >
      <span>{t(upcoming ? "upcoming" : "current", { place: badge.place })}</span>
      <span aria-hidden="true">·</span>
      <span>{range}</span>
    </span>
  );
}
