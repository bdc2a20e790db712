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
import { dueVerifications } from "@/lib/trust/verification";

/** The chamber's members whose evidence is due: never verified, or verified over a year ago. */
export default async function VerificationsDuePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/chamber/verifications");
  let scope;
  try {
    scope = consoleScope(admin);
  } catch (error) {
    if (error instanceof PublicError) notFound();
    throw error;
  }
  const rows = await dueVerifications(scope);
  const t = await getTranslations("trust.due");
  const format = await getFormatter();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {rows.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm" data-testid="verifications-due">
            <thead className="text-stone-500">
              <tr>
                <th scope="col" className="px-2 py-2">
                  {t("company")}
                </th>
                <th scope="col" className="px-2">
                  {t("last")}
                </th>
                <th scope="col" className="px-2 text-right">
                  {t("documents")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.companyId} className="border-t border-stone-200" data-testid="due-row">
                  <td className="px-2 py-2">
                    <Link href={`/admin/companies/${row.companyId}`} className="text-indigo-800 underline">
                      <LocalizedText value={row.name} locale={locale} />
                    </Link>
                  </td>
                  <td className="px-2 whitespace-nowrap">{row.lastVerifiedAt ? format.dateTime(row.lastVerifiedAt, { dateStyle: "medium" }) : t("never")}</td>
                  <td className="px-2 text-right tabular-nums">{format.number(row.documents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
