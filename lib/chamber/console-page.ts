import "server-only";
// What /chamber and its printable report read: the scope the admin asked for, the period, the
// chambers (for names and the platform admin's picker) and every figure of the period.
import { notFound } from "next/navigation";
import { z } from "zod";
import type { User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { chamberBreakdowns, recommendationFigures } from "./breakdowns";
import { listChambers } from "./chambers";
import { chamberFunnel, chamberSeries } from "./funnel";
import { parsePeriod } from "./period";
import { consoleScope, type ConsoleScope } from "./access";

const consoleSearchSchema = z.object({
  chamber: optionalParam(z.string()),
  from: optionalParam(z.string()),
  to: optionalParam(z.string()),
  unit: optionalParam(z.string()),
});
export type ConsoleSearch = z.output<typeof consoleSearchSchema>;

/** The console's query string (chamber, period, unit), one value per parameter; parsePeriod judges the dates. */
export function readConsoleSearch(raw: PageSearchParams): ConsoleSearch {
  return readSearchParams(consoleSearchSchema, raw);
}

/** A chamber admin naming another chamber, or anyone naming no chamber that exists, gets the not-found page. */
function scopeOrNotFound(admin: User, requested?: string): ConsoleScope {
  try {
    return consoleScope(admin, requested);
  } catch (error) {
    if (error instanceof PublicError) notFound();
    throw error;
  }
}

export async function loadConsole(admin: User, search: ConsoleSearch, locale: Locale) {
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
  /** A chamber's name in the reader's language; null: all chambers. */
  const chamberLabel = (id: string | null, all: string) => {
    const chamber = chambers.find((c) => c.id === id);
    return chamber ? (pickLocalized(chamber.name, locale)?.text ?? chamber.key) : all;
  };
  return { scope, period, chambers, funnel, series, breakdowns, recommendations, chamberLabel };
}
