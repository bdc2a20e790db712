import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { ActionButton } from "@/components/ui/action-button";
import { requireAdmin } from "@/lib/auth/access";
import { listOpenReports } from "@/lib/catalog/reports";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { resolveReportAction } from "../actions";

/** Listings that users flagged, in the admin's chamber; unpublishing happens on the product page. */
export default async function ReportsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/admin/reports");
  const reports = await listOpenReports(admin);
  const t = await getTranslations("admin.reports");
  const format = await getFormatter();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {reports.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {reports.map((r) => (
            <li key={r.id} data-testid="report" className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-4 text-sm">
              <p>
                {r.productId ? (
                  <Link href={`/products/${r.productId}`} className="font-semibold text-indigo-800 underline">
                    <LocalizedText value={r.productName} locale={locale} />
                  </Link>
                ) : null}{" "}
                · <LocalizedText value={r.companyName} locale={locale} />
              </p>
              <p className="text-stone-800">{r.reason}</p>
              <p className="text-stone-500">
                {t("by", { name: r.reporterName ?? "—", date: format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
              <ActionButton action={resolveReportAction} fields={{ reportId: r.id }} label={t("resolve")} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
