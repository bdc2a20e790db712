import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { IntroductionForms } from "@/components/chamber/introduction-forms";
import { LocalizedText } from "@/components/localized-text";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroll } from "@/components/ui/table-scroll";
import { getDb } from "@/db/client";
import { requireAdmin } from "@/lib/auth/access";
import { loadIntroductions, stateOf, type Introduction } from "@/lib/chamber/introductions";
import { consoleScope } from "@/lib/chamber/access";
import { PublicError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { closeIntroductionAction, nudgeIntroductionAction } from "./actions";

export default async function IntroductionsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/chamber/introductions");
  let chamberId: string | null;
  try {
    chamberId = consoleScope(admin).chamberId;
  } catch (error) {
    if (error instanceof PublicError) notFound();
    throw error;
  }
  const now = new Date();
  const intros = await loadIntroductions(await getDb(), chamberId);
  const t = await getTranslations("chamberConsole.introductions");
  const format = await getFormatter();
  const silent = intros.filter((i) => stateOf(i, now) === "silent");
  const pair = (i: Introduction) => (
    <>
      <LocalizedText value={i.sme} locale={locale} /> — <LocalizedText value={i.distributor} locale={locale} />
    </>
  );
  const reminded = (i: Introduction) =>
    [i.contactRemindedAt, i.replyRemindedAt, i.nudgedAt]
      .filter((d): d is Date => Boolean(d))
      .map((d) => format.dateTime(d, { dateStyle: "medium" }))
      .join(", ");
  const key = (i: Introduction) => ({ smeId: i.smeId, distributorId: i.distributorId, chamberId: i.chamberId });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="silent-title" className="flex flex-col gap-3">
        <h2 id="silent-title" className="text-lg font-semibold">
          {t("silentTitle")}
        </h2>
        {silent.length === 0 ? (
          <p className="text-stone-600">{t("silentEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="silent-list">
            {silent.map((i) => (
              <li
                key={`${i.smeId}-${i.distributorId}-${i.chamberId}`}
                className="flex flex-wrap items-start justify-between gap-4 rounded-lg border border-amber-300 bg-amber-50 p-3"
              >
                <div className="flex flex-col gap-1">
                  <span className="font-medium">{pair(i)}</span>
                  <span className="text-sm text-stone-600">
                    {t("columns.recommended")}: {format.dateTime(i.recommendedAt, { dateStyle: "medium" })} · {t("columns.reminded")}: {reminded(i)}
                  </span>
                </div>
                <IntroductionForms k={key(i)} nudge={nudgeIntroductionAction} close={closeIntroductionAction} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="all-title" className="flex flex-col gap-3">
        <h2 id="all-title" className="text-lg font-semibold">
          {t("allTitle")}
        </h2>
        {intros.length === 0 ? (
          <p className="text-stone-600">{t("empty")}</p>
        ) : (
          <TableScroll label={t("allTitle")}>
            <table className="w-full text-left text-sm" data-testid="introductions-table">
              <thead className="text-stone-500">
                <tr>
                  <th className="py-2">{t("columns.pair")}</th>
                  <th className="px-2">{t("columns.recommended")}</th>
                  <th className="px-2">{t("columns.state")}</th>
                  <th className="px-2">{t("columns.reminded")}</th>
                </tr>
              </thead>
              <tbody>
                {intros.map((i) => {
                  const state = stateOf(i, now);
                  return (
                    <tr key={`${i.smeId}-${i.distributorId}-${i.chamberId}`} className="border-t border-stone-200">
                      <td className="py-2">{pair(i)}</td>
                      <td className="px-2 whitespace-nowrap">{format.dateTime(i.recommendedAt, { dateStyle: "medium" })}</td>
                      <td className="px-2" data-state={state}>
                        {t(`states.${state}`)}
                        {state === "closed" && i.closedReason && (
                          <span className="block text-xs text-stone-600">{t("closedBecause", { reason: i.closedReason })}</span>
                        )}
                      </td>
                      <td className="px-2">{reminded(i)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
