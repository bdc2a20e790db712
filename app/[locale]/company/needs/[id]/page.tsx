import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { QuotationCard } from "@/components/quotations/quotation-card";
import { QuotationCompare } from "@/components/quotations/quotation-compare";
import { requireUser } from "@/lib/auth/access";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { needOpen, quotationValid } from "@/lib/quotations/dates";
import { quotationsForNeed } from "@/lib/quotations/read";
import { acceptQuotationAction, declineQuotationAction, requestRevisionAction } from "./actions";

/** The distributor compares the quotations on one of its needs and answers them. */
export default async function NeedQuotationsPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/company/needs/${id}`);
  const found = await quotationsForNeed(user, id);
  if (!found) notFound();
  const { need, quotations } = found;
  const t = await getTranslations("quotations");
  const now = new Date();
  const expired = new Set(quotations.filter((q) => !quotationValid(q.latest.validUntil, now)).map((q) => q.id));
  return (
    <div className="flex flex-col gap-6">
      <Link href="/company/needs" className="w-fit text-sm text-indigo-800 underline">
        {t("backToNeeds")}
      </Link>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t("compareTitle")}</h1>
        <LocalizedText as="p" value={need.description} className="font-medium" />
        {need.quantityPerDelivery != null && <p className="text-sm">{t("needQuantity", { count: need.quantityPerDelivery })}</p>}
        {need.deadline && (
          <p className="text-sm" data-testid="need-deadline">
            {needOpen(need.deadline, now) ? t("needDeadline", { date: need.deadline }) : t("needClosed", { date: need.deadline })}
          </p>
        )}
      </header>
      {quotations.length === 0 ? (
        <p className="text-stone-500">{t("noneYet")}</p>
      ) : (
        <>
          <QuotationCompare quotations={quotations} expired={(qid) => expired.has(qid)} />
          <div className="grid gap-4 lg:grid-cols-2">
            {quotations.map((q) => (
              <QuotationCard
                key={q.id}
                quotation={q}
                viewer="distributor"
                answers={{ accept: acceptQuotationAction, revise: requestRevisionAction, decline: declineQuotationAction }}
              />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
