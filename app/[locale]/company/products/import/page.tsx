import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportForm } from "@/components/catalog/import-form";
import { requireUser } from "@/lib/auth/access";
import { csvColumns, type CsvColumn } from "@/lib/catalog/csv/columns";
import { ownCompanyForPage } from "@/lib/catalog/access";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";

export default async function ImportProductsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/company/products/import");
  if (!(await ownCompanyForPage(user, "sme"))) notFound();
  const t = await getTranslations("catalog");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("import.title")} />
      <p className="max-w-3xl text-stone-600">{t("import.intro")}</p>
      <ImportForm />
      <section aria-labelledby="columns-title" className="flex flex-col gap-2">
        <h2 id="columns-title" className="text-lg font-semibold">
          {t("import.columnsTitle")}
        </h2>
        <p className="text-sm text-stone-600">{t("import.columnsIntro")}</p>
        <TableScroll label={t("import.columnsTitle")}>
          <table className="max-w-3xl text-sm">
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th className="py-1 pr-4">{t("import.columnHeader")}</th>
                <th className="py-1">{t("import.columnMeaning")}</th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(csvColumns) as CsvColumn[]).map((column) => (
                <tr key={column} className="border-b border-stone-200">
                  <td className="py-1 pr-4 font-mono">
                    {csvColumns[column].ja} / {column}
                  </td>
                  <td className="py-1">{t(`columns.${column}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
