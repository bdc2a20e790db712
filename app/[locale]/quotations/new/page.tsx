import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { LocalizedText } from "@/components/localized-text";
import { QuotationForm, type QuotationFormValues } from "@/components/quotations/quotation-form";
import { incoterms } from "@/db/schema";
import { requireUser } from "@/lib/auth/access";
import { ownCompanyForPage } from "@/lib/catalog/access";
import { jpyToCnyRate } from "@/lib/catalog/prices";
import { listOwnProducts } from "@/lib/catalog/products";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { getThread } from "@/lib/inquiries/thread";
import { SME_ZONE } from "@/lib/inquiries/zones";
import { todayIn } from "@/lib/quotations/dates";
import { ownQuotation } from "@/lib/quotations/read";
import { needForQuote } from "@/lib/quotations/send";
import { reviseQuotationAction, sendQuotationAction } from "./actions";

const searchSchema = z.object({ need: optionalParam(z.string()), inquiry: optionalParam(z.string()), revise: optionalParam(z.string()) });

export default async function NewQuotationPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams.then((raw) => readSearchParams(searchSchema, raw));
  const path = query.revise
    ? `/quotations/new?revise=${query.revise}`
    : query.need
      ? `/quotations/new?need=${query.need}`
      : `/quotations/new?inquiry=${query.inquiry ?? ""}`;
  const user = await requireUser(locale, path);
  const company = await ownCompanyForPage(user, "sme");
  if (!company) notFound();
  const t = await getTranslations("quotations");
  const products = (await listOwnProducts(company.id)).map((p) => ({ id: p.id, name: pickLocalized(p.name, locale)?.text ?? p.ref }));
  const common = { products, rate: jpyToCnyRate(), minDate: todayIn(SME_ZONE), incoterms };

  if (query.revise) {
    const quotation = await ownQuotation(user, query.revise);
    if (!quotation || (quotation.status !== "open" && quotation.status !== "revision_requested")) notFound();
    const v = quotation.latest;
    const initial: QuotationFormValues = {
      productId: v.productId ?? "",
      productName: v.productName,
      unitPriceJpy: String(v.unitPrice),
      moq: String(v.moq),
      incoterm: v.incoterm,
      incotermPlace: v.incotermPlace,
      leadTimeDays: String(v.leadTimeDays),
      paymentTerms: v.paymentTerms,
      validUntil: v.validUntil,
      notes: v.notes ?? "",
    };
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-bold">{t("reviseTitle", { version: quotation.version + 1 })}</h1>
        {quotation.revisionNote && <p className="rounded-md bg-amber-50 p-3 text-amber-900">{t("revisionAsked", { note: quotation.revisionNote })}</p>}
        <QuotationForm {...common} action={reviseQuotationAction} target={{ quotationId: quotation.id }} initial={initial} submitLabel={t("sendRevision")} />
      </div>
    );
  }

  if (query.need) {
    const found = await needForQuote(query.need);
    if (!found) notFound();
    const { need, distributor } = found;
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <section className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-4" data-testid="quoted-need">
          <LocalizedText as="p" value={distributor.name} className="text-sm text-stone-600" />
          <LocalizedText as="p" value={need.description} className="font-medium" />
          {need.quantityPerDelivery != null && <p className="text-sm">{t("needQuantity", { count: need.quantityPerDelivery })}</p>}
          {need.deadline && <p className="text-sm">{t("needDeadline", { date: need.deadline })}</p>}
        </section>
        <QuotationForm {...common} action={sendQuotationAction} target={{ needId: need.id }} submitLabel={t("send")} />
      </div>
    );
  }

  const thread = query.inquiry ? await getThread(user, query.inquiry) : undefined;
  if (!thread || thread.role !== "sme" || !thread.canWrite) notFound();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-stone-700">{t("inThread", { subject: thread.inquiry.subject })}</p>
      <QuotationForm {...common} action={sendQuotationAction} target={{ inquiryId: thread.inquiry.id }} submitLabel={t("send")} />
    </div>
  );
}
