import { useTranslations } from "next-intl";
import type { ReplyFigures } from "@/lib/trust/reply-figures";

/** How a company answers first messages over 90 days: its rate and median time, or "new" without enough of them. */
export function ReplyRate({ figures, className = "text-sm text-stone-700" }: { figures?: ReplyFigures | null; className?: string }) {
  const t = useTranslations("trust.reply");
  if (!figures || figures.rate === null) {
    return (
      <p className={className} data-testid="reply-rate" data-new="true">
        {t("new")}
      </p>
    );
  }
  const minutes = figures.medianMinutes;
  const time =
    minutes === null
      ? null
      : minutes < 60
        ? t("minutes", { count: minutes })
        : minutes < 48 * 60
          ? t("hours", { count: Math.round(minutes / 60) })
          : t("days", { count: Math.round(minutes / 1440) });
  return (
    <p className={className} data-testid="reply-rate" title={t("label")}>
      {t("rate", { percent: Math.round(figures.rate * 100) })}
      {time && ` · ${t("median", { time })}`}
    </p>
  );
}
