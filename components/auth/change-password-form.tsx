"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/[locale]/settings/account/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ChangePasswordForm() {
  const t = useTranslations();
  const [state, formAction] = useActionState(changePasswordAction, undefined);
  return (
    // A new key after each answer empties the password fields, which are never sent back.
    <form key={JSON.stringify(state ?? {})} action={formAction} className="flex flex-col gap-4" noValidate>
      <FormField
        name="currentPassword"
        type="password"
        label={t("account.currentPassword")}
        autoComplete="current-password"
        required
        errors={state?.fieldErrors?.currentPassword}
      />
      <FormField
        name="newPassword"
        type="password"
        label={t("account.newPassword")}
        hint={t("auth.passwordHint")}
        autoComplete="new-password"
        required
        errors={state?.fieldErrors?.newPassword}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("account.submitChange")} pendingLabel={t("auth.submitting")} />
    </form>
  );
}
