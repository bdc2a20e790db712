"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createProductAction, updateProductAction } from "@/app/[locale]/company/products/actions";
import { HsPicker } from "@/components/hs/hs-picker";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";

export type ProductFormValues = Partial<
  Record<
    | "nameJa"
    | "nameZh"
    | "nameEn"
    | "descriptionJa"
    | "descriptionZh"
    | "descriptionEn"
    | "hsCode"
    | "priceMinJpy"
    | "priceMaxJpy"
    | "moq"
    | "leadTimeDays"
    | "keywords"
    | "certifications",
    string
  >
>;

/** Create or edit a product; every label is stable for the e2e page objects. */
export function ProductForm({ productId, initial = {} }: { productId?: string; initial?: ProductFormValues }) {
  const t = useTranslations("catalog");
  const locale = useLocale();
  const [state, formAction] = useActionState(productId ? updateProductAction : createProductAction, undefined);
  const v = (name: keyof ProductFormValues) => state?.values?.[name] ?? initial[name] ?? "";
  const err = (name: string) => state?.fieldErrors?.[name];
  const text = (name: keyof ProductFormValues, extra: { hint?: string; type?: string; inputMode?: "numeric" } = {}) => (
    <FormField name={name} label={t(`form.${name}`)} defaultValue={v(name)} errors={err(name)} {...extra} />
  );
  return (
    <form key={JSON.stringify(state?.values ?? {})} action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      {productId && <input type="hidden" name="productId" value={productId} />}
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-semibold">{t("form.name")}</legend>
        <p className="text-xs text-stone-500">{t("form.nameHint")}</p>
        {text("nameJa")}
        {text("nameZh")}
        {text("nameEn")}
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-semibold">{t("form.description")}</legend>
        <TextAreaField name="descriptionJa" label={t("form.descriptionJa")} defaultValue={v("descriptionJa")} errors={err("descriptionJa")} />
        <TextAreaField name="descriptionZh" label={t("form.descriptionZh")} defaultValue={v("descriptionZh")} errors={err("descriptionZh")} />
        <TextAreaField name="descriptionEn" label={t("form.descriptionEn")} defaultValue={v("descriptionEn")} errors={err("descriptionEn")} />
      </fieldset>
      <div className="flex flex-col gap-1">
        <HsPicker name="hsCode" label={t("form.hsCode")} defaultValue={v("hsCode")} locale={locale} />
        <p className="text-xs text-stone-500">{t("form.hsHint")}</p>
        {err("hsCode")?.map((e) => (
          <p key={e} id="hsCode-error" className="text-sm text-red-700" role="alert">
            {e}
          </p>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("priceMinJpy", { inputMode: "numeric" })}
        {text("priceMaxJpy", { inputMode: "numeric" })}
        {text("moq", { inputMode: "numeric" })}
        {text("leadTimeDays", { inputMode: "numeric" })}
      </div>
      {text("keywords", { hint: t("form.keywordsHint") })}
      {text("certifications", { hint: t("form.certificationsHint") })}
      <FormMessage state={state} />
      <div>
        <SubmitButton label={productId ? t("common.save") : t("common.create")} pendingLabel={productId ? t("common.saving") : t("common.creating")} />
      </div>
    </form>
  );
}
