import { getFormatter, getTranslations } from "next-intl/server";
import type { RecommendationFigures } from "@/lib/chamber/breakdowns";

/** The chamber's recommendations (recommended → contacted → signed) next to members' own contacts. */
export async function RecommendationsSection({ figures }: { figures: RecommendationFigures }) {
  const t = await getTranslations("chamberConsole.recommendations");
  const format = await getFormatter();
  const item = (label: string, value: number, testId: string) => (
    <div className="flex justify-between gap-4 border-t border-stone-200 py-1.5">
      <dt>{label}</dt>
      <dd className="font-semibold tabular-nums" data-testid={testId}>
        {format.number(value)}
      </dd>
    </div>
  );
  return (
    <section aria-labelledby="recommendations-title" className="flex flex-col gap-3 print:break-inside-avoid">
      <h2 id="recommendations-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-3xl text-sm text-stone-600">{t("lead")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-lg border border-indigo-200 bg-indigo-50 p-3">
          <h3 className="mb-1 font-semibold text-indigo-900">{t("recommended")}</h3>
          <dl className="text-sm">
            {item(t("pairs"), figures.recommended.pairs, "rec-pairs")}
            {item(t("contacted"), figures.recommended.contacted, "rec-contacted")}
            {item(t("signed"), figures.recommended.signed, "rec-signed")}
          </dl>
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-3">
          <h3 className="mb-1 font-semibold">{t("own")}</h3>
          <dl className="text-sm">
            {item(t("opened"), figures.own.contacted, "own-contacted")}
            {item(t("signed"), figures.own.signed, "own-signed")}
          </dl>
        </div>
      </div>
    </section>
  );
}
