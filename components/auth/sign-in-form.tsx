"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction } from "@/app/[locale]/(auth)/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(signInAction, undefined);
  return (
    <form key={JSON.stringify(state?.values ?? {})} action={formAction} className="flex flex-col gap-4" noValidate>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <FormField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        errors={state?.fieldErrors?.email}
        defaultValue={state?.values?.email}
      />
      <FormField name="password" type="password" label={t("password")} autoComplete="current-password" required errors={state?.fieldErrors?.password} />
      <FormMessage state={state} />
      <SubmitButton label={t("submitSignIn")} pendingLabel={t("submitting")} />
    </form>
  );
}
