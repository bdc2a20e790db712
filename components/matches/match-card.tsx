import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocalizedText } from "@/components/localized-text";
import type { Localized } from "@/db/schema";
import { regionName } from "@/lib/geo/regions";
import { pickLocalized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { reasonText } from "@/lib/matching/reason-text";
import type { MatchReason } from "@/lib/matching/types";

type Props = {
  locale: Locale;
  other: { id: string; name: Localized; region?: string | null };
  score: number;
  reasons: MatchReason[];
  recommendedBy?: { chamberName: Localized; note: string | null }[];
  saved?: boolean;
  actions?: ReactNode;
};

/** One ranked match: who, how well it fits, the checkable reasons, and what to do next. */
export async function MatchCard({ locale, other, score, reasons, recommendedBy = [], saved, actions }: Props) {
  const t = await getTranslations("matchesPage");
  return (
    <li data-testid="match-card" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link href={`/companies/${other.id}`} className="text-lg font-semibold text-indigo-800 hover:underline">
          <LocalizedText value={other.name} locale={locale} />
        </Link>
        <span className="text-sm text-stone-600" title={t("scoreHint")}>
          {t("score", { score: Math.round(score * 100) })}
        </span>
      </div>
      {other.region && (
        <p className="text-sm text-stone-500" data-testid="match-region">
          {regionName(other.region, locale)}
        </p>
      )}
      {recommendedBy.map((r) => (
        <p
          key={pickLocalized(r.chamberName, locale)?.text}
          data-testid="recommended-by"
          className="w-fit rounded-full bg-amber-50 px-3 py-1 text-sm text-amber-900"
        >
          {t("recommendedBy", { chamber: pickLocalized(r.chamberName, locale)?.text ?? "" })}
          {r.note ? ` — ${r.note}` : ""}
        </p>
      ))}
      {saved && <p className="text-sm text-emerald-800">{t("savedMark")}</p>}
      <ul className="list-disc pl-5 text-sm text-stone-800" aria-label={t("reasons")}>
        {reasons.map((reason, i) => (
          <li key={i}>{reasonText(reason, locale)}</li>
        ))}
      </ul>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </li>
  );
}
