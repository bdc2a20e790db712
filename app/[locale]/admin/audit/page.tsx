import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTable } from "@/components/admin/audit-table";
import { requireAdmin } from "@/lib/auth/access";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { listAudit } from "@/lib/moderation/companies";
import { PageHeader } from "@/components/ui/page-header";
import { z } from "zod";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ company: optionalParam(z.string().regex(/^[0-9a-f-]{36}$/i)) });

export default async function AuditPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, "/admin/audit");
  const { company: companyId } = readSearchParams(searchSchema, await searchParams);
  const [rows, all] = await Promise.all([listAudit(admin, { companyId }), companyId ? listAudit(admin) : undefined]);
  const companies = new Map<string, string>();
  for (const { entry, companyName } of all ?? rows) {
    if (entry.companyId && companyName) companies.set(entry.companyId, pickLocalized(companyName, locale)?.text ?? entry.companyId);
  }
  const t = await getTranslations("admin.audit");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} />
      <form className="flex flex-wrap items-end gap-2" method="get">
        <div className="flex max-w-full min-w-0 flex-col gap-1">
          <label htmlFor="company" className="text-sm font-medium">
            {t("filterCompany")}
          </label>
          <select id="company" name="company" defaultValue={companyId ?? ""} className="w-full rounded-md border border-stone-300 px-3 py-2">
            <option value="">{t("allCompanies")}</option>
            {[...companies].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-stone-300 px-3 py-2">
          {t("apply")}
        </button>
      </form>
      <AuditTable rows={rows} locale={locale} />
    </div>
  );
}
