"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action";

type Action = (state: ActionState | undefined, data: FormData) => Promise<ActionState>;

export function JoinForm({ action, token }: { action: Action; token: string }) {
  const t = useTranslations("invite");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton label={t("join")} pendingLabel={t("joining")} />
    </form>
  );
}

export function CreateAccountForm({ action, token, email }: { action: Action; token: string; email: string }) {
  const t = useTranslations("invite");
  const ta = useTranslations("auth");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormField name="invite-email" label={ta("email")} value={email} readOnly />
      <FormField name="name" label={ta("name")} autoComplete="name" errors={state?.fieldErrors?.name} defaultValue={state?.values?.name} />
      <FormField
        name="password"
        type="password"
        label={ta("password")}
        hint={ta("passwordHint")}
        autoComplete="new-password"
        errors={state?.fieldErrors?.password}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("createAndJoin")} pendingLabel={t("joining")} />
    </form>
  );
}
