import { useFormatter, useLocale, useTranslations } from "next-intl";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { Badge } from "@/lib/trust/verification";

/** "Verified by <chamber> on <date>" and what was checked; an expired certificate is listed without its mark. */
export function VerificationBadge({ badge }: { badge: Badge }) {
  const t = useTranslations("trust");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section
      data-testid="verification-badge"
      className="flex w-fit flex-col gap-2 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950"
    >
      <p className="font-semibold" data-testid="verified-by">
        {t("badge.verifiedBy", {
          chamber: pickLocalized(badge.chamberName, locale)?.text ?? "",
          date: format.dateTime(badge.verifiedAt, { dateStyle: "long", timeZone: "Asia/Tokyo" }),
        })}
      </p>
      <ul className="flex flex-col gap-1" aria-label={t("badge.checked")}>
        {badge.items.map((item, i) => (
          <li key={i} data-testid="checked-item" data-marked={item.marked ? "true" : "false"} className={item.marked ? "" : "text-stone-500"}>
            <span aria-hidden>{item.marked ? "✓ " : "– "}</span>
            {item.kind === "registry_number"
              ? t("badge.registryNumber", { number: item.number })
              : t("badge.document", { kind: t(`kinds.${item.kind}`), number: item.number, issuer: item.issuer })}
            {item.kind !== "registry_number" && item.expiresOn && !item.marked ? ` (${t("badge.expired", { date: day(item.expiresOn) })})` : ""}
            {item.marked && <span className="sr-only"> ({t("badge.valid")})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
