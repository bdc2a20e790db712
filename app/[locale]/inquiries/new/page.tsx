import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewInquiryForm } from "@/components/inquiries/new-inquiry-form";
import { LocalizedText } from "@/components/localized-text";
import { requireUser } from "@/lib/auth/access";
import { pickLocalized } from "@/lib/i18n/localized";
import { knownKey } from "@/lib/i18n/keys";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { checkContact } from "@/lib/inquiries/open";
import { contactSources } from "@/lib/inquiries/sources";
import { openInquiryAction } from "./actions";
import { z } from "zod";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({
  to: z.string().catch("").default(""),
  product: optionalParam(z.string()),
  source: z.enum(contactSources).catch("profile").default("profile"),
});

export default async function NewInquiryPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { to, product: productId, source } = readSearchParams(searchSchema, await searchParams);
  const query = new URLSearchParams({ to, source, ...(productId ? { product: productId } : {}) });
  const user = await requireUser(locale, `/inquiries/new?${query}`);
  const check = await checkContact(user, to, productId);
  const t = await getTranslations("inquiries.new");
  const tAll = await getTranslations();
  if (!check.ok) {
    const key = check.error.includes(".") ? check.error : `errors.${check.error}`;
    const text = knownKey(tAll, key) ? tAll(key) : tAll("errors.invalid");
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("refused")}</h1>
        <p role="alert" data-testid="contact-refused" className="rounded-md bg-amber-50 p-3 text-amber-900">
          {text}
        </p>
        <Link href="/companies" className="text-indigo-800 underline">
          {t("back")}
        </Link>
      </div>
    );
  }
  const { target, product } = check.contact;
  const companyName = pickLocalized(target.name, locale)?.text ?? "";
  const productName = product ? (pickLocalized(product.name, locale)?.text ?? "") : undefined;
  const chamber = pickLocalized(check.chamberName, locale)?.text;
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-2xl text-stone-700">{t("lead", { company: companyName })}</p>
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <dt className="text-stone-500">{t("to")}</dt>
        <dd data-testid="inquiry-to">
          <LocalizedText value={target.name} locale={locale} />
        </dd>
        {product && (
          <>
            <dt className="text-stone-500">{t("about")}</dt>
            <dd data-testid="inquiry-product">
              <LocalizedText value={product.name} locale={locale} />
            </dd>
          </>
        )}
      </dl>
      {chamber && <p className="max-w-2xl text-sm text-emerald-900">{t("chamberNote", { chamber })}</p>}
      <NewInquiryForm
        action={openInquiryAction}
        to={target.id}
        productId={product?.id}
        source={source}
        defaultSubject={productName ? t("subjectFor", { product: productName }) : ""}
      />
    </div>
  );
}
