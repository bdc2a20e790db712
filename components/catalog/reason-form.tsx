"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/auth/action";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";

type Props = {
  action: (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;
  productId: string;
  /** Distinguishes the report and unpublish forms on one page (ids, test ids). */
  id: string;
  label: string;
  submitLabel: string;
};

/** A reason and a button: reporting a listing, or unpublishing it as an admin. */
export function ReasonForm({ action, productId, id, label, submitLabel }: Props) {
  const t = useTranslations("catalog.common");
  const [state, formAction] = useActionState(action, undefined);
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-3" data-testid={`${id}-form`} noValidate>
      <input type="hidden" name="productId" value={productId} />
      <TextAreaField
        name="reason"
        id={`${id}-reason`}
        label={label}
        rows={3}
        required
        defaultValue={state?.values?.reason}
        errors={state?.fieldErrors?.reason}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton label={submitLabel} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
