import { getTranslations } from "next-intl/server";
import { localeOr } from "@/lib/i18n/translator";
import type { ReactNode } from "react";
import { CompanyNav } from "@/components/company/company-nav";
import { requireAdmin } from "@/lib/auth/admin-guard";

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Next types a layout's params as strings; app/[locale]/layout.tsx has already refused any other locale.
  const locale = localeOr((await params).locale);
  const admin = await requireAdmin(locale, "/admin");
  const t = await getTranslations("admin.nav");
  const tabs = [
    { href: "/admin", label: t("queue") },
    { href: "/admin/audit", label: t("audit") },
    { href: "/admin/reports", label: t("reports") },
    { href: "/matches", label: t("matches") },
    { href: "/chamber/deals", label: t("deals") },
    { href: "/admin/import", label: t("import") },
    ...(admin.role === "platform_admin" ? [{ href: "/admin/chambers", label: t("chambers") }] : []),
  ];
  return (
    <div className="flex flex-col gap-6">
      <CompanyNav tabs={tabs} label={t("label")} />
      {children}
    </div>
  );
}
