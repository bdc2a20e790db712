"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { emailLinkResetAction, emailLinkSignInAction } from "@/app/[locale]/(auth)/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** The page of an emailed link: sign in as is, or choose a new password and sign in. */
export function EmailLinkForms({ token }: { token: string }) {
  const t = useTranslations();
  const [signInState, signInFormAction] = useActionState(emailLinkSignInAction, undefined);
  const [resetState, resetFormAction] = useActionState(emailLinkResetAction, undefined);
  return (
    <div className="flex flex-col gap-8">
      <form action={signInFormAction} className="flex flex-col gap-4" data-testid="email-link-sign-in">
        <input type="hidden" name="token" value={token} />
        <FormMessage state={signInState} />
        <SubmitButton label={t("account.signInWithLink")} pendingLabel={t("auth.submitting")} />
      </form>
      <form action={resetFormAction} className="flex flex-col gap-4" noValidate data-testid="email-link-reset">
        <h2 className="text-lg font-semibold">{t("account.chooseNewPassword")}</h2>
        <input type="hidden" name="token" value={token} />
        <FormField
          name="newPassword"
          type="password"
          label={t("account.newPassword")}
          hint={t("auth.passwordHint")}
          autoComplete="new-password"
          required
          errors={resetState?.fieldErrors?.newPassword}
        />
        <FormMessage state={resetState} />
        <SubmitButton label={t("account.setPasswordAndSignIn")} pendingLabel={t("auth.submitting")} />
      </form>
    </div>
  );
}
