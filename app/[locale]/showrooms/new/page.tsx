import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferForm } from "@/components/showrooms/offer-form";
import { requireUser } from "@/lib/auth/access";
import { getMembership } from "@/lib/companies/access";
import { regionsOf } from "@/lib/geo/regions";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { hasShowroomChannel } from "@/lib/showrooms/offers";
import { createOfferAction } from "./actions";

export default async function NewOfferPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/showrooms/new");
  const membership = await getMembership(user.id);
  if (user.role !== "distributor" || membership?.company.kind !== "distributor") notFound();
  const [t, canPublish] = await Promise.all([getTranslations("showrooms"), hasShowroomChannel(membership.company.id)]);
  const regions = regionsOf("CN").map((r) => ({ value: r.code, label: r.name[locale] }));
  return (
    <div className="flex flex-col gap-6">
      <Link href="/showrooms" className="text-sm text-indigo-800 underline">
        {t("backToList")}
      </Link>
      <h1 className="text-2xl font-bold">{t("newOffer")}</h1>
      {canPublish ? (
        <OfferForm action={createOfferAction} regions={regions} />
      ) : (
        <div data-testid="no-showroom-channel" className="flex flex-col gap-2 rounded-md bg-amber-50 p-4 text-amber-900">
          <p>{t("form.noChannel")}</p>
          <Link href="/company/channels" className="underline">
            {t("form.channelsLink")}
          </Link>
        </div>
      )}
    </div>
  );
}
