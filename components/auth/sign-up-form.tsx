"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signUpAction } from "@/app/[locale]/(auth)/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignUpForm({ defaultType }: { defaultType?: "sme" | "distributor" }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(signUpAction, undefined);
  const typeErrors = state?.fieldErrors?.accountType;
  return (
    <form key={JSON.stringify(state?.values ?? {})} action={formAction} className="flex flex-col gap-4" noValidate>
      <fieldset className="flex flex-col gap-2" aria-describedby={typeErrors ? "accountType-error" : undefined}>
        <legend className="mb-1 text-sm font-medium text-stone-800">{t("accountType")}</legend>
        {(["sme", "distributor"] as const).map((type) => (
          <label key={type} className="flex items-center gap-2 rounded-md border border-stone-200 p-3 has-[:checked]:border-indigo-600">
            <input type="radio" name="accountType" value={type} defaultChecked={(state?.values?.accountType ?? defaultType) === type} />
            {type === "sme" ? t("accountTypeSme") : t("accountTypeDistributor")}
          </label>
        ))}
        {typeErrors?.map((error) => (
          <p key={error} id="accountType-error" className="text-sm text-red-700">
            {error}
          </p>
        ))}
      </fieldset>
      <FormField name="name" label={t("name")} autoComplete="name" required errors={state?.fieldErrors?.name} defaultValue={state?.values?.name} />
      <FormField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        errors={state?.fieldErrors?.email}
        defaultValue={state?.values?.email}
      />
      <FormField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
        errors={state?.fieldErrors?.password}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("submitSignUp")} pendingLabel={t("submitting")} />
    </form>
  );
}
