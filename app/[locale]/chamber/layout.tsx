import type { ReactNode } from "react";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { requireAdmin } from "@/lib/auth/access";
import { localeOr } from "@/lib/i18n/translator";

export default async function ChamberLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Next types a layout's params as strings; app/[locale]/layout.tsx has already refused any other locale.
  const locale = localeOr((await params).locale);
  const admin = await requireAdmin(locale, "/chamber");
  return (
    <div className="flex flex-col gap-6">
      <div className="print:hidden">
        <AdminTabs admin={admin} />
      </div>
      {children}
    </div>
  );
}
