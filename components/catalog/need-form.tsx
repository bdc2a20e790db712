"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createNeedAction, updateNeedAction } from "@/app/[locale]/company/needs/actions";
import { HsPicker } from "@/components/hs/hs-picker";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";

export type NeedFormValues = Partial<
  Record<"descriptionJa" | "descriptionZh" | "descriptionEn" | "hsCode" | "priceMinJpy" | "priceMaxJpy" | "volume" | "quantityPerDelivery" | "deadline", string>
>;

/** Adds a sourcing need, or edits one when `needId` is given. */
export function NeedForm({ needId, initial = {} }: { needId?: string; initial?: NeedFormValues }) {
  const t = useTranslations("catalog");
  const locale = useLocale();
  const [state, formAction] = useActionState(needId ? updateNeedAction : createNeedAction, undefined);
  const v = (name: keyof NeedFormValues) => state?.values?.[name] ?? initial[name] ?? "";
  const err = (name: string) => state?.fieldErrors?.[name];
  return (
    <form key={state?.ok && !needId ? "saved" : JSON.stringify(state?.values ?? {})} action={formAction} className="flex max-w-3xl flex-col gap-4" noValidate>
      {needId && <input type="hidden" name="needId" value={needId} />}
      <p className="text-xs text-stone-500">{t("needs.descriptionHint")}</p>
      <TextAreaField name="descriptionJa" label={t("needs.descriptionJa")} rows={2} defaultValue={v("descriptionJa")} errors={err("descriptionJa")} />
      <TextAreaField name="descriptionZh" label={t("needs.descriptionZh")} rows={2} defaultValue={v("descriptionZh")} errors={err("descriptionZh")} />
      <TextAreaField name="descriptionEn" label={t("needs.descriptionEn")} rows={2} defaultValue={v("descriptionEn")} errors={err("descriptionEn")} />
      <div className="flex flex-col gap-1">
        <HsPicker name="hsCode" label={t("needs.hsCode")} defaultValue={v("hsCode")} locale={locale} />
        <p className="text-xs text-stone-500">{t("needs.hsHint")}</p>
        {err("hsCode")?.map((e) => (
          <p key={e} className="text-sm text-red-700" role="alert">
            {e}
          </p>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="priceMinJpy" label={t("needs.priceMinJpy")} inputMode="numeric" defaultValue={v("priceMinJpy")} errors={err("priceMinJpy")} />
        <FormField name="priceMaxJpy" label={t("needs.priceMaxJpy")} inputMode="numeric" defaultValue={v("priceMaxJpy")} errors={err("priceMaxJpy")} />
      </div>
      <FormField name="volume" label={t("needs.volume")} hint={t("needs.volumeHint")} defaultValue={v("volume")} errors={err("volume")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          name="quantityPerDelivery"
          label={t("needs.quantityPerDelivery")}
          inputMode="numeric"
          defaultValue={v("quantityPerDelivery")}
          errors={err("quantityPerDelivery")}
        />
        <FormField
          name="deadline"
          type="date"
          label={t("needs.deadline")}
          hint={t("needs.deadlineHint")}
          defaultValue={v("deadline")}
          errors={err("deadline")}
        />
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton label={needId ? t("common.save") : t("needs.add")} pendingLabel={t("common.saving")} />
      </div>
    </form>
  );
}
