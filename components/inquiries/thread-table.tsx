import { getFormatter, getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { InboxRow } from "@/lib/inquiries/inbox";
import { StageBadge } from "./stage-badge";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = { rows: InboxRow[]; locale: Locale; ownCompanyId?: string };

/**
 * Threads as a table: a company member sees the other company; an admin sees both. Unread
 * counts and ended contact are shown as text, not only as colour.
 */
export async function ThreadTable({ rows, locale, ownCompanyId }: Props) {
  const t = await getTranslations("inquiries");
  const format = await getFormatter();
  return (
    <TableScroll label={t("inbox.title")}>
      <table className="w-full text-left text-sm" data-testid="thread-table">
        <thead className="text-stone-500">
          <tr>
            {ownCompanyId ? (
              <th className="py-2">{t("inbox.company")}</th>
            ) : (
              <>
                <th className="py-2">{t("deals.sme")}</th>
                <th>{t("deals.distributor")}</th>
              </>
            )}
            <th>{t("inbox.subject")}</th>
            <th>{t("inbox.stage")}</th>
            <th>{t("inbox.lastMessage")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-stone-200 align-top" data-testid="thread-row" data-unread={row.unread}>
              {ownCompanyId ? (
                <td className="py-2">
                  <LocalizedText value={row.smeId === ownCompanyId ? row.distributorName : row.smeName} locale={locale} />
                </td>
              ) : (
                <>
                  <td className="py-2">
                    <LocalizedText value={row.smeName} locale={locale} />
                  </td>
                  <td className="py-2">
                    <LocalizedText value={row.distributorName} locale={locale} />
                  </td>
                </>
              )}
              <td className="py-2">
                <Link href={`/inquiries/${row.id}`} className={row.unread > 0 ? "font-semibold text-indigo-800 underline" : "text-indigo-800 underline"}>
                  {row.subject}
                </Link>
                {row.unread > 0 && (
                  <span data-testid="unread-badge" className="ml-2 rounded-full bg-indigo-700 px-2 py-0.5 text-xs text-white">
                    {t("inbox.unread", { count: row.unread })}
                  </span>
                )}
                {row.contactEnded && <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{t("inbox.contactEnded")}</span>}
              </td>
              <td className="py-2">
                <StageBadge stage={row.stage} testId="thread-stage" />
              </td>
              <td className="py-2">
                <time dateTime={row.lastMessageAt.toISOString()}>{format.dateTime(row.lastMessageAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
