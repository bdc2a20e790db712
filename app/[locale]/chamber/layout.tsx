import type { ReactNode } from "react";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { requireAdmin } from "@/lib/auth/admin-guard";
import type { Locale } from "@/lib/i18n/routing";

export default async function ChamberLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  const admin = await requireAdmin(locale, "/chamber");
  return (
    <div className="flex flex-col gap-6">
      <AdminTabs admin={admin} />
      {children}
    </div>
  );
}
