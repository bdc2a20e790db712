/**
 * Meeting times across the sea: the SME proposes in Japan time, the distributor in China time,
 * and everyone sees both. Pure, so the conversion can be tested without a database.
 */
import { createFormatter } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";

// The wall-clock conversions need no formatter; they live apart so code without next-intl (the
// event scheduler, command-line benchmarks) can use them.
export { DISTRIBUTOR_ZONE, SME_ZONE, utcToZonedLocal, zonedLocalToUtc } from "./wall-clock";
import { DISTRIBUTOR_ZONE, SME_ZONE } from "./wall-clock";

export function zoneOfSide(side: "sme" | "distributor"): string {
  return side === "sme" ? SME_ZONE : DISTRIBUTOR_ZONE;
}

export type SlotLabels = { jst: string; cst: string };

/**
 * One slot in both zones for every reader, e.g. "Tue, Dec 1, 2026 10:00 JST / 09:00 CST"; the
 * China date is repeated only when it differs from the Japan date.
 */
export function slotLabel(date: Date, locale: Locale, labels: SlotLabels): string {
  const format = createFormatter({ locale, timeZone: SME_ZONE });
  const day = (timeZone: string) => format.dateTime(date, { timeZone, weekday: "short", year: "numeric", month: "short", day: "numeric" });
  const time = (timeZone: string) => format.dateTime(date, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const jstDay = day(SME_ZONE);
  const cstDay = day(DISTRIBUTOR_ZONE);
  const cst = `${time(DISTRIBUTOR_ZONE)} ${labels.cst}`;
  return `${jstDay} ${time(SME_ZONE)} ${labels.jst} / ${cstDay === jstDay ? cst : `${cstDay} ${cst}`}`;
}
