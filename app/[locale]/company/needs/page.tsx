import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { HsCode } from "@/components/catalog/hs-code";
import { LocalizedText } from "@/components/localized-text";
import { NeedForm } from "@/components/catalog/need-form";
import { PriceRange } from "@/components/catalog/price-range";
import { requireUser } from "@/lib/auth/access";
import { listNeeds } from "@/lib/catalog/needs";
import { ownCompanyForPage } from "@/lib/catalog/access";
import { Link } from "@/lib/i18n/navigation";
import { needOpen } from "@/lib/quotations/dates";
import { quotationCounts } from "@/lib/quotations/read";
import { deleteNeedAction } from "./actions";
import { z } from "zod";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ edit: optionalParam(z.string()) });

export default async function NeedsPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/company/needs");
  const company = await ownCompanyForPage(user, "distributor");
  if (!company) notFound();
  const [needs, counts, t, { edit }] = await Promise.all([
    listNeeds(company.id),
    quotationCounts(company.id),
    getTranslations("catalog"),
    searchParams.then((raw) => readSearchParams(searchSchema, raw)),
  ]);
  const tq = await getTranslations("quotations");
  const editing = needs.find((n) => n.id === edit);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("needs.title")}</h1>
        <p className="max-w-3xl text-stone-600">{t("needs.intro")}</p>
      </div>
      {needs.length === 0 ? (
        <p className="text-stone-500">{t("needs.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="needs">
          {needs.map((need) => (
            <li key={need.id} data-testid="need" className="flex flex-wrap justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-col gap-1">
                <LocalizedText as="p" value={need.description} className="font-medium" />
                <p className="text-sm text-stone-500">{need.ref}</p>
                <HsCode code={need.hsCode} inferred={need.inferredHsCode} />
                <PriceRange min={need.priceMinJpy} max={need.priceMaxJpy} />
                {need.volume && <p className="text-sm">{need.volume}</p>}
                {need.quantityPerDelivery != null && <p className="text-sm">{tq("needQuantity", { count: need.quantityPerDelivery })}</p>}
                {need.deadline && (
                  <p className="text-sm" data-testid="need-deadline">
                    {needOpen(need.deadline) ? tq("needDeadline", { date: need.deadline }) : t("needs.closed", { date: need.deadline })}
                  </p>
                )}
                <Link href={`/company/needs/${need.id}`} className="w-fit text-indigo-800 underline" data-testid="need-quotations-link">
                  {t("needs.quotationsLink", { count: counts.get(need.id) ?? 0 })}
                </Link>
              </div>
              <div className="flex items-start gap-3">
                <Link href={`/company/needs?edit=${need.id}`} className="text-indigo-800 underline">
                  {t("common.edit")}
                </Link>
                <ActionButton
                  action={deleteNeedAction}
                  fields={{ needId: need.id }}
                  label={t("common.delete")}
                  pendingLabel={t("common.deleting")}
                  variant="danger"
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="need-form-title" className="flex flex-col gap-3">
        <h2 id="need-form-title" className="text-lg font-semibold">
          {editing ? t("needs.editTitle") : t("needs.add")}
        </h2>
        {editing ? (
          <NeedForm
            key={editing.id}
            needId={editing.id}
            initial={{
              descriptionJa: editing.description.ja,
              descriptionZh: editing.description.zh,
              descriptionEn: editing.description.en,
              hsCode: editing.hsCode ?? "",
              priceMinJpy: editing.priceMinJpy?.toString(),
              priceMaxJpy: editing.priceMaxJpy?.toString(),
              volume: editing.volume ?? "",
              quantityPerDelivery: editing.quantityPerDelivery?.toString(),
              deadline: editing.deadline ?? "",
            }}
          />
        ) : (
          <NeedForm />
        )}
      </section>
    </div>
  );
}
