import { useTranslations } from "next-intl";
import { PriceRange } from "@/components/catalog/price-range";
import type { QuotationVersion } from "@/db/schema";

/** One version's terms, as both companies read them; the spec sheet opens through the thread's attachments. */
export function QuotationTerms({ terms, testId = "quotation-terms" }: { terms: QuotationVersion; testId?: string }) {
  const t = useTranslations("quotations");
  const row = (label: string, value: React.ReactNode, id: string) => (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-medium text-stone-700">{label}</dt>
      <dd data-testid={`${testId}-${id}`}>{value}</dd>
    </div>
  );
  return (
    <dl className="grid gap-1 text-sm sm:grid-cols-2" data-testid={testId}>
      {row(t("form.productName"), terms.productName, "product")}
      {row(t("columns.unitPrice"), <PriceRange min={terms.unitPrice} max={terms.unitPrice} testId={`${testId}-price`} />, "unit-price")}
      {row(t("form.moq"), terms.moq.toLocaleString("en-US"), "moq")}
      {row(t("form.incoterm"), t("incotermAt", { incoterm: terms.incoterm, place: terms.incotermPlace }), "incoterm")}
      {row(t("form.leadTimeDays"), t("days", { count: terms.leadTimeDays }), "lead-time")}
      {row(t("form.validUntil"), terms.validUntil, "valid-until")}
      {row(t("form.paymentTerms"), terms.paymentTerms, "payment")}
      {terms.notes && row(t("form.notes"), terms.notes, "notes")}
      {terms.specSheetId &&
        row(
          t("form.specSheet"),
          <a href={`/api/attachments/${terms.specSheetId}`} className="text-indigo-800 underline">
            {t("download")}
          </a>,
          "spec-sheet",
        )}
    </dl>
  );
}
