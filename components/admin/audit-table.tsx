import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { AuditEntry, Localized } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";

function summary(value: unknown): string {
  if (!value || typeof value !== "object") return "—";
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== "object")
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(", ");
}

/** Who did what to which company, when and why, with the state before and after. */
export async function AuditTable({ rows, locale }: { rows: { entry: AuditEntry; companyName: Localized | null }[]; locale: Locale }) {
  const t = await getTranslations("admin.audit");
  const format = await getFormatter();
  if (!rows.length) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <table className="w-full text-left text-sm" data-testid="audit-table">
      <thead className="text-stone-500">
        <tr>
          <th className="py-2">{t("when")}</th>
          <th>{t("company")}</th>
          <th>{t("action")}</th>
          <th>{t("reason")}</th>
          <th>{t("change")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ entry, companyName }) => (
          <tr key={entry.id} className="border-t border-stone-200 align-top">
            <td className="py-2 whitespace-nowrap">{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            <td>{companyName ? <LocalizedText value={companyName} locale={locale} /> : "—"}</td>
            <td>{t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}` as never) : entry.action}</td>
            <td className="max-w-xs">{entry.reason ?? "—"}</td>
            <td className="text-xs text-stone-600">
              {summary(entry.before)} → {summary(entry.after)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
