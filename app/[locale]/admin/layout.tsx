import { localeOr } from "@/lib/i18n/translator";
import type { ReactNode } from "react";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { requireAdmin } from "@/lib/auth/access";

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Next types a layout's params as strings; app/[locale]/layout.tsx has already refused any other locale.
  const locale = localeOr((await params).locale);
  const admin = await requireAdmin(locale, "/admin");
  return (
    <div className="flex flex-col gap-6">
      <AdminTabs admin={admin} />
      {children}
    </div>
  );
}
