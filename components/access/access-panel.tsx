import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { Locale } from "@/lib/i18n/routing";
import type { ChannelAccess, PairAccessView, RuleView } from "@/lib/access/pairs";
import { messagesFor } from "@/lib/i18n/messages";

const tones = { block: "bg-red-50 text-red-900", todo: "bg-amber-50 text-amber-900", fine: "bg-emerald-50 text-emerald-900" } as const;

/** A rule as a line: its code and title, the source link with its date, and a re-check badge when overdue. */
export async function RuleLine({ rule, locale }: { rule: RuleView; locale: Locale }) {
  const t = await getTranslations("access");
  const overdue = rule.reviewDue !== null && rule.reviewDue < new Date().toISOString().slice(0, 10);
  return (
    <li data-testid="access-rule" className="flex flex-col">
      <span>
        <strong>{rule.code}</strong> <LocalizedText value={rule.title} locale={locale} />
        {rule.satisfied && <span className="ml-2 text-emerald-800">{t("satisfied")}</span>}
        {rule.missingFact && <span className="ml-2 text-amber-900">{t("missingFact")}</span>}
        {overdue && <span className="ml-2 text-stone-600">{t("needsRecheck")}</span>}
      </span>
      <LocalizedText value={rule.message} locale={locale} className="text-stone-700" />
      {rule.source && (
        <span className="text-stone-600">
          {t("source")}{" "}
          <a href={rule.source.url} className="break-all text-indigo-800 underline" rel="noreferrer noopener" target="_blank" data-testid="access-source">
            {new URL(rule.source.url).hostname}
          </a>{" "}
          ({rule.source.publishedOn ?? t("undated")}) · {t(`confidence.${rule.confidence as "high" | "medium" | "low"}`)}
        </span>
      )}
    </li>
  );
}

async function ChannelRow({ row, locale }: { row: ChannelAccess; locale: Locale }) {
  const t = await getTranslations("access");
  const channels = messagesFor(locale).matching.channels as Record<string, string>;
  return (
    <li data-testid="access-channel" data-outcome={row.outcome} className="flex flex-col gap-1">
      <span className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{channels[row.channel] ?? row.channel}</span>
        <span className="text-stone-600">{t(`routes.${row.route}`)}</span>
        <span className={`rounded-full px-2 py-0.5 ${tones[row.outcome]}`} data-testid="access-outcome">
          {t(`outcomes.${row.outcome}`)}
        </span>
      </span>
      {row.outcome !== "fine" && (
        <ul className="flex flex-col gap-1 pl-4">
          {row.rules
            .filter((r) => r.level !== "info" && !r.satisfied)
            .map((rule) => (
              <RuleLine key={rule.code} rule={rule} locale={locale} />
            ))}
        </ul>
      )}
    </li>
  );
}

/** The market-access check on a match card: one line per channel, the rules behind it on demand. */
export async function AccessPanel({ view, locale }: { view: PairAccessView; locale: Locale }) {
  const t = await getTranslations("access");
  return (
    <details className="rounded-md border border-stone-200 p-3 text-sm" data-testid="access-panel" data-outcome={view.outcome} open={view.outcome === "block"}>
      <summary className="cursor-pointer">
        {t("panelTitle")}: <span className={`rounded-full px-2 py-0.5 ${tones[view.outcome]}`}>{t(`outcomes.${view.outcome}`)}</span>
      </summary>
      <ul className="mt-2 flex flex-col gap-3">
        {view.channels.map((row) => (
          <ChannelRow key={row.channel} row={row} locale={locale} />
        ))}
      </ul>
      <p className="mt-2 text-xs text-stone-600" data-testid="access-disclaimer">
        {t("disclaimer")}
      </p>
    </details>
  );
}
