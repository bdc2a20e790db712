"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action";

/** Creates an invitation and shows the link to pass on; it works once and expires. */
export function InviteForm({
  action,
  hidden = {},
}: {
  action: (state: ActionState<{ link: string }> | undefined, data: FormData) => Promise<ActionState<{ link: string }>>;
  hidden?: Record<string, string>;
}) {
  const t = useTranslations("company.members");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-3" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormField name="email" type="email" label={t("inviteEmail")} errors={state?.fieldErrors?.email} defaultValue={state?.values?.email} />
      <FormMessage state={state} />
      {state?.data?.link && (
        <div className="flex flex-col gap-1">
          <label htmlFor="invite-link" className="text-sm font-medium">
            {t("inviteLink")}
          </label>
          <input
            id="invite-link"
            readOnly
            value={state.data.link}
            className="rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="text-xs text-stone-500">{t("inviteLinkHint")}</p>
        </div>
      )}
      <SubmitButton label={t("invite")} pendingLabel={t("inviting")} />
    </form>
  );
}
