"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { saveDistributorProfileAction } from "@/app/[locale]/company/channels/actions";
import { HsPicker } from "@/components/hs/hs-picker";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** The HS categories a distributor handles and its minimum first order. */
export function DistributorProfileForm({ hsCodes, minOrderJpy }: { hsCodes: string[]; minOrderJpy: number | null }) {
  const t = useTranslations("catalog");
  const locale = useLocale();
  const [state, formAction] = useActionState(saveDistributorProfileAction, undefined);
  return (
    <form key={hsCodes.join()} action={formAction} className="flex max-w-3xl flex-col gap-4" noValidate>
      <FormField
        name="hsCodes"
        label={t("channels.hsCodes")}
        hint={t("channels.hsCodesHint")}
        defaultValue={state?.values?.hsCodes ?? hsCodes.join(", ")}
        errors={state?.fieldErrors?.hsCodes}
      />
      <HsPicker key={state?.ok ? "added" : "picker"} name="hsCodesAdd" label={t("channels.hsAdd")} locale={locale} />
      <FormField
        name="minOrderJpy"
        label={t("channels.minOrderJpy")}
        inputMode="numeric"
        defaultValue={state?.values?.minOrderJpy ?? minOrderJpy?.toString() ?? ""}
        errors={state?.fieldErrors?.minOrderJpy}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
      </div>
    </form>
  );
}
