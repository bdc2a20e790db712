import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportForm } from "@/components/admin/import-form";
import { requireAdmin } from "@/lib/auth/access";
import type { Locale } from "@/lib/i18n/routing";
import { importExchangeAction } from "../actions";

export default async function ImportPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, "/admin/import");
  const t = await getTranslations("admin.import");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-stone-700">{t("lead")}</p>
      <ImportForm action={importExchangeAction} />
    </div>
  );
}
