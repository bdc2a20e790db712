import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroll } from "@/components/ui/table-scroll";
import { requireAdmin } from "@/lib/auth/access";
import { consoleScope } from "@/lib/chamber/access";
import { PublicError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listWaitingForReply } from "@/lib/trust/reply-reminders";

/** The chamber's inquiries whose first message has waited 5 working days for a reply. */
export default async function WaitingForReplyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/chamber/waiting");
  let scope;
  try {
    scope = consoleScope(admin);
  } catch (error) {
    if (error instanceof PublicError) notFound();
    throw error;
  }
  const rows = await listWaitingForReply(scope);
  const t = await getTranslations("trust.waiting");
  const format = await getFormatter();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {rows.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm" data-testid="waiting-list">
            <thead className="text-stone-500">
              <tr>
                <th scope="col" className="px-2 py-2">
                  {t("subject")}
                </th>
                <th scope="col" className="px-2">
                  {t("sme")}
                </th>
                <th scope="col" className="px-2">
                  {t("distributor")}
                </th>
                <th scope="col" className="px-2">
                  {t("opened")}
                </th>
                <th scope="col" className="px-2">
                  {t("waitingOn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-stone-200" data-testid="waiting-row">
                  <td className="px-2 py-2">
                    <Link href={`/inquiries/${row.id}`} className="text-indigo-800 underline">
                      {row.subject}
                    </Link>
                  </td>
                  <td className="px-2">
                    <LocalizedText value={row.sme} locale={locale} />
                  </td>
                  <td className="px-2">
                    <LocalizedText value={row.distributor} locale={locale} />
                  </td>
                  <td className="px-2 whitespace-nowrap">{format.dateTime(row.openedAt, { dateStyle: "medium" })}</td>
                  <td className="px-2">
                    <LocalizedText value={row.receiverSide === "sme" ? row.sme : row.distributor} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
