import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { AuditEntry, Localized } from "@/db/schema";
import { knownKey } from "@/lib/i18n/keys";
import type { Locale } from "@/lib/i18n/routing";
import { auditChangeLines } from "@/lib/moderation/audit-change";
import { TableScroll } from "@/components/ui/table-scroll";

/** Who did what to which company, when and why, with the state before and after. */
export async function AuditTable({ rows, locale }: { rows: { entry: AuditEntry; companyName: Localized | null }[]; locale: Locale }) {
  const t = await getTranslations("admin.audit");
  const all = await getTranslations();
  const format = await getFormatter();
  const actionName = (action: string) => {
    const key = `actions.${action}`;
    return knownKey(t, key) ? t(key) : action;
  };
  const change = (entry: AuditEntry) => {
    const lines = auditChangeLines(
      entry,
      (key, values) => all(key, values),
      (items) => format.list(items),
    );
    if (lines.length === 0) return "—";
    return lines.map((line) => (
      <span key={line} className="block">
        {line}
      </span>
    ));
  };
  if (!rows.length) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <TableScroll label={t("title")}>
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
              <td>{actionName(entry.action)}</td>
              <td className="max-w-xs">{entry.reason ?? "—"}</td>
              <td className="text-xs text-stone-600" data-testid="audit-change">
                {change(entry)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
