import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { channelTypes } from "@/db/schema/catalog";
import { TargetsForm } from "@/components/catalog/targets-form";
import { requireUser } from "@/lib/auth/access";
import { ownCompanyForPage } from "@/lib/catalog/access";

export default async function TargetsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/company/targets");
  const company = await ownCompanyForPage(user, "sme");
  if (!company) notFound();
  const t = await getTranslations("catalog.targets");
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-stone-600">{t("intro")}</p>
      <TargetsForm types={channelTypes} channels={company.targetChannels} regions={company.targetRegions} />
    </div>
  );
}
