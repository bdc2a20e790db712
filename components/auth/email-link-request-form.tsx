"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestEmailLinkAction } from "@/app/[locale]/(auth)/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function EmailLinkRequestForm() {
  const t = useTranslations();
  const [state, formAction] = useActionState(requestEmailLinkAction, undefined);
  return (
    <form key={JSON.stringify(state?.values ?? {})} action={formAction} className="flex flex-col gap-4" noValidate>
      <FormField
        name="email"
        type="email"
        label={t("auth.email")}
        autoComplete="email"
        required
        errors={state?.fieldErrors?.email}
        defaultValue={state?.values?.email}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("account.sendLink")} pendingLabel={t("auth.submitting")} />
    </form>
  );
}
