"use client";

import { useActionState, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { FormAction } from "@/components/inquiries/types";
import type { Incoterm } from "@/db/schema";

export type QuotationFormValues = Partial<
  Record<"productId" | "productName" | "unitPriceJpy" | "moq" | "incoterm" | "incotermPlace" | "leadTimeDays" | "paymentTerms" | "validUntil" | "notes", string>
>;

type Props = {
  action: FormAction;
  /** needId, inquiryId or quotationId: what the quotation answers or revises. */
  target: Record<string, string>;
  products: { id: string; name: string }[];
  /** JPY→CNY, from the server's configuration, for the yuan shown as the price is typed. */
  rate: number;
  minDate: string;
  incoterms: readonly Incoterm[];
  initial?: QuotationFormValues;
  submitLabel: string;
};

/** The terms of a quotation: a new one, or the next version of one. */
export function QuotationForm({ action, target, products, rate, minDate, incoterms, initial = {}, submitLabel }: Props) {
  const t = useTranslations("quotations");
  const format = useFormatter();
  const [state, formAction] = useActionState(action, undefined);
  const v = (name: keyof QuotationFormValues) => state?.values?.[name] ?? initial[name] ?? "";
  const err = (name: string) => state?.fieldErrors?.[name];
  const [price, setPrice] = useState(v("unitPriceJpy"));
  const yen = Number(price.normalize("NFKC").replace(/[,\s]/g, ""));
  const yuan =
    Number.isInteger(yen) && yen > 0 ? t("approxCny", { amount: format.number(yen * rate, { maximumFractionDigits: yen * rate >= 100 ? 0 : 1 }) }) : "";
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-4" data-testid="quotation-form" noValidate>
      {Object.entries(target).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {products.length > 0 && (
        <SelectField
          name="productId"
          label={t("form.product")}
          emptyLabel={t("form.freeText")}
          options={products.map((p) => ({ value: p.id, label: p.name }))}
          defaultValue={v("productId")}
          errors={err("productId")}
        />
      )}
      <FormField
        name="productName"
        label={t("form.productName")}
        hint={t("form.productNameHint")}
        defaultValue={v("productName")}
        errors={err("productName")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="unitPriceJpy"
          label={t("form.unitPriceJpy")}
          inputMode="numeric"
          hint={yuan || t("form.unitPriceHint")}
          value={price}
          onChange={(e) => setPrice(e.target.value)}
          errors={err("unitPriceJpy")}
        />
        <FormField name="moq" label={t("form.moq")} inputMode="numeric" defaultValue={v("moq")} errors={err("moq")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="incoterm"
          label={t("form.incoterm")}
          options={incoterms.map((i) => ({ value: i, label: `${i} — ${t(`incoterms.${i}`)}` }))}
          defaultValue={v("incoterm") || "FOB"}
          errors={err("incoterm")}
        />
        <FormField
          name="incotermPlace"
          label={t("form.incotermPlace")}
          hint={t("form.incotermPlaceHint")}
          defaultValue={v("incotermPlace")}
          errors={err("incotermPlace")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="leadTimeDays" label={t("form.leadTimeDays")} inputMode="numeric" defaultValue={v("leadTimeDays")} errors={err("leadTimeDays")} />
        <FormField
          name="validUntil"
          type="date"
          min={minDate}
          label={t("form.validUntil")}
          hint={t("form.validUntilHint")}
          defaultValue={v("validUntil")}
          errors={err("validUntil")}
        />
      </div>
      <TextAreaField name="paymentTerms" label={t("form.paymentTerms")} rows={2} defaultValue={v("paymentTerms")} errors={err("paymentTerms")} />
      <TextAreaField name="notes" label={t("form.notes")} rows={3} defaultValue={v("notes")} errors={err("notes")} />
      <FormField
        name="specSheet"
        type="file"
        accept="application/pdf,image/png,image/jpeg,image/webp"
        label={t("form.specSheet")}
        hint={t("form.specSheetHint")}
        errors={err("files") ?? err("specSheet")}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton label={submitLabel} pendingLabel={t("form.sending")} />
      </div>
    </form>
  );
}
