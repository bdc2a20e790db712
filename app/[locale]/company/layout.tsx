import { getTranslations } from "next-intl/server";
import { localeOr } from "@/lib/i18n/translator";
import type { ReactNode } from "react";
import { CompanyNav } from "@/components/company/company-nav";
import { requireUser } from "@/lib/auth/access";
import { getMembership } from "@/lib/companies/access";

/** The signed-in user's own company area; the tabs depend on the company's kind. */
export default async function CompanyLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Next types a layout's params as strings; app/[locale]/layout.tsx has already refused any other locale.
  const locale = localeOr((await params).locale);
  const user = await requireUser(locale, "/company");
  const membership = await getMembership(user.id);
  const t = await getTranslations("company.nav");
  const kind = membership?.company.kind;
  const tabs = membership
    ? [
        { href: "/company", label: t("profile") },
        ...(kind === "sme"
          ? [
              { href: "/company/products", label: t("products") },
              { href: "/company/targets", label: t("targets") },
            ]
          : [
              { href: "/company/channels", label: t("channels") },
              { href: "/company/needs", label: t("needs") },
            ]),
        { href: "/company/documents", label: t("documents") },
        { href: "/company/members", label: t("members") },
      ]
    : [];
  return (
    <div className="flex flex-col gap-6">
      {tabs.length > 0 && <CompanyNav tabs={tabs} label={t("label")} />}
      {children}
    </div>
  );
}
