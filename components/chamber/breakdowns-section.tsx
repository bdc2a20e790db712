import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { ChannelType } from "@/db/schema";
import type { Breakdowns } from "@/lib/chamber/breakdowns";
import { regionName } from "@/lib/geo/regions";
import { hsLabel } from "@/lib/hs/nomenclature";
import type { Locale } from "@/lib/i18n/routing";
import { BreakdownTable } from "./breakdown-table";

/** The period's deals by member, by partner province, by HS chapter and by channel type. */
export async function BreakdownsSection({ breakdowns, locale }: { breakdowns: Breakdowns; locale: Locale }) {
  const t = await getTranslations("chamberConsole");
  const tc = await getTranslations("catalog.channelTypes");
  return (
    <section aria-labelledby="breakdowns-title" className="flex flex-col gap-4">
      <h2 id="breakdowns-title" className="text-lg font-semibold print:break-after-avoid">
        {t("breakdowns.title")}
      </h2>
      <p className="-mt-2 text-sm text-stone-600">{t("breakdowns.lead")}</p>
      <BreakdownTable
        title={t("breakdowns.byMember")}
        head={t("breakdowns.member")}
        testId="by-member"
        rows={breakdowns.members.map((m) => ({ ...m, key: m.id, label: <LocalizedText value={m.name} locale={locale} /> }))}
      />
      <div className="grid gap-6 lg:grid-cols-3 print:grid-cols-1">
        <BreakdownTable
          title={t("breakdowns.byProvince")}
          head={t("breakdowns.province")}
          testId="by-province"
          rows={breakdowns.provinces.map((r) => ({ ...r, label: regionName(r.key, locale) }))}
        />
        <BreakdownTable
          title={t("breakdowns.byChapter")}
          head={t("breakdowns.chapter")}
          testId="by-chapter"
          rows={breakdowns.chapters.map((r) => ({ ...r, label: r.key ? hsLabel(r.key, locale) : t("breakdowns.noProduct") }))}
        />
        <BreakdownTable
          title={t("breakdowns.byChannel")}
          head={t("breakdowns.channel")}
          testId="by-channel"
          rows={breakdowns.channels.map((r) => ({ ...r, label: r.key ? tc(r.key as ChannelType) : t("breakdowns.noChannel") }))}
        />
      </div>
    </section>
  );
}
