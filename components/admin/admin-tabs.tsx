import { getTranslations } from "next-intl/server";
import { CompanyNav } from "@/components/company/company-nav";
import type { User } from "@/db/schema";

/** The administration sections, shared by /admin and /chamber. */
export async function AdminTabs({ admin }: { admin: Pick<User, "role"> }) {
  const t = await getTranslations("admin.nav");
  const tabs = [
    { href: "/admin", label: t("queue") },
    { href: "/chamber", label: t("console") },
    { href: "/chamber/members", label: t("members") },
    { href: "/chamber/introductions", label: t("introductions") },
    { href: "/chamber/verifications", label: t("verifications") },
    { href: "/chamber/waiting", label: t("waiting") },
    { href: "/admin/audit", label: t("audit") },
    { href: "/admin/reports", label: t("reports") },
    { href: "/matches", label: t("matches") },
    { href: "/chamber/deals", label: t("deals") },
    { href: "/admin/import", label: t("import") },
    { href: "/admin/access", label: t("access") },
    ...(admin.role === "platform_admin" ? [{ href: "/admin/chambers", label: t("chambers") }] : []),
  ];
  return <CompanyNav tabs={tabs} label={t("label")} />;
}
