import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocalizedText } from "@/components/localized-text";
import { Thumbnail } from "@/components/ui/thumbnail";
import type { CompanyKind, Localized } from "@/db/schema";
import { regionName } from "@/lib/geo/regions";
import { pickLocalized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { reasonText, strongestFirst } from "@/lib/matching/reason-text";
import type { MatchReason } from "@/lib/matching/types";
import { ReplyRate } from "@/components/trust/reply-rate";
import type { ReplyFigures } from "@/lib/trust/reply-figures";

type Props = {
  locale: Locale;
  other: { id: string; name: Localized; kind?: CompanyKind; region?: string | null; languages?: string[]; chamberName?: Localized | null };
  score: number;
  reasons: MatchReason[];
  /** The SME's products that the reasons name, with a photo where there is one. */
  products?: { id: string; name: Localized; imageId: string | null }[];
  recommendedBy?: { chamberName: Localized; note: string | null }[];
  saved?: boolean;
  /** The partner's reply figures (one query for the whole list). */
  replies?: ReplyFigures;
  /** The market-access check for the pair (components/access/access-panel.tsx). */
  access?: ReactNode;
  actions?: ReactNode;
};

/** How many reasons a card leads with; the rest wait behind "more reasons". */
const HEADLINE_REASONS = 3;

/** The score as a ring filled to its share, with the figure inside. */
function ScoreRing({ percent, label, hint }: { percent: number; label: string; hint: string }) {
  return (
    <div
      role="img"
      aria-label={label}
      title={hint}
      data-testid="match-score"
      className="relative size-14 shrink-0 rounded-full"
      style={{ background: `conic-gradient(#047857 ${percent * 3.6}deg, #e7e5e4 0deg)` }}
    >
      <span aria-hidden className="absolute inset-1.5 flex items-center justify-center rounded-full bg-white text-sm font-semibold text-stone-900">
        {percent}%
      </span>
    </div>
  );
}

function Badge({ children, testId, tone = "stone" }: { children: ReactNode; testId: string; tone?: "stone" | "amber" | "emerald" }) {
  const tones = { stone: "bg-stone-100 text-stone-800", amber: "bg-amber-50 text-amber-900", emerald: "bg-emerald-50 text-emerald-900" };
  return (
    <li data-testid={testId} className={`w-fit rounded-full px-3 py-1 text-sm ${tones[tone]}`}>
      {children}
    </li>
  );
}

/**
 * One ranked match: who, how well it fits (a ring), the strongest reasons first with the rest
 * behind a disclosure, the products that matched, the partner's badges, and what to do next.
 */
export async function MatchCard({ locale, other, score, reasons, products = [], recommendedBy = [], saved, replies, access, actions }: Props) {
  const t = await getTranslations("matchesPage");
  const percent = Math.round(score * 100);
  const ordered = strongestFirst(reasons);
  const headline = ordered.slice(0, HEADLINE_REASONS);
  const more = ordered.slice(HEADLINE_REASONS);
  // The partner speaks the viewer's language: Japanese for an SME looking at a distributor, Chinese the other way.
  const viewerLanguage = other.kind === "sme" ? "zh" : other.kind === "distributor" ? "ja" : null;
  const speaksViewers = viewerLanguage !== null && (other.languages ?? []).includes(viewerLanguage);
  const chamber = other.chamberName ? pickLocalized(other.chamberName, locale)?.text : undefined;
  return (
    <li data-testid="match-card" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-5">
      <div className="flex items-start gap-4">
        <ScoreRing percent={percent} label={t("score", { score: percent })} hint={t("scoreHint")} />
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <Link href={`/companies/${other.id}`} className="text-lg font-semibold break-words text-indigo-800 hover:underline">
            <LocalizedText value={other.name} locale={locale} />
          </Link>
          {other.region && (
            <p className="text-sm text-stone-700" data-testid="match-region">
              {regionName(other.region, locale)}
            </p>
          )}
          <ReplyRate figures={replies} />
        </div>
      </div>
      {(recommendedBy.length > 0 || chamber || speaksViewers || saved) && (
        <ul className="flex flex-wrap gap-2" aria-label={t("badges")}>
          {recommendedBy.map((r) => (
            <Badge key={pickLocalized(r.chamberName, locale)?.text} testId="recommended-by" tone="amber">
              {t("recommendedBy", { chamber: pickLocalized(r.chamberName, locale)?.text ?? "" })}
              {r.note ? ` — ${r.note}` : ""}
            </Badge>
          ))}
          {chamber && <Badge testId="chamber-member">{t("chamberMember", { chamber })}</Badge>}
          {speaksViewers && <Badge testId="speaks-language">{t(viewerLanguage === "ja" ? "speaksJapanese" : "speaksChinese")}</Badge>}
          {saved && (
            <Badge testId="saved-mark" tone="emerald">
              {t("savedMark")}
            </Badge>
          )}
        </ul>
      )}
      <ul className="list-disc pl-5 text-sm text-stone-800" aria-label={t("reasons")}>
        {headline.map((reason, i) => (
          <li key={i}>{reasonText(reason, locale)}</li>
        ))}
      </ul>
      {more.length > 0 && (
        <details className="text-sm text-stone-800">
          <summary className="cursor-pointer text-indigo-800">{t("moreReasons", { count: more.length })}</summary>
          <ul className="mt-1 list-disc pl-5" aria-label={t("otherReasons")}>
            {more.map((reason, i) => (
              <li key={i}>{reasonText(reason, locale)}</li>
            ))}
          </ul>
        </details>
      )}
      {products.length > 0 && (
        <ul className="grid grid-cols-3 gap-3 sm:max-w-md" aria-label={t("matchedProducts")} data-testid="matched-products">
          {products.map((product) => (
            <li key={product.id}>
              <Link href={`/products/${product.id}`} className="flex flex-col gap-1 text-xs text-stone-800 hover:underline">
                <Thumbnail imageId={product.imageId} />
                <LocalizedText value={product.name} locale={locale} className="line-clamp-2" />
              </Link>
            </li>
          ))}
        </ul>
      )}
      {access}
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </li>
  );
}
