"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { FormAction } from "./types";

type Props = { action: FormAction; to: string; productId?: string; source: string; defaultSubject: string };

/** The first message of an inquiry; the action opens the thread and goes to it. */
export function NewInquiryForm({ action, to, productId, source, defaultSubject }: Props) {
  const t = useTranslations("inquiries.new");
  const [state, formAction] = useActionState(action, undefined);
  // The hidden fields (company, product, source) come from the link; a broken link says so here.
  const linkErrors = Object.entries(state?.fieldErrors ?? {}).filter(([field]) => field !== "subject" && field !== "body");
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" data-testid="new-inquiry-form" noValidate>
      <input type="hidden" name="to" value={to} />
      <input type="hidden" name="source" value={source} />
      {productId && <input type="hidden" name="product" value={productId} />}
      <FormField
        name="subject"
        label={t("subject")}
        maxLength={200}
        required
        defaultValue={state?.values?.subject ?? defaultSubject}
        errors={state?.fieldErrors?.subject}
      />
      <TextAreaField
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        rows={8}
        maxLength={5000}
        required
        defaultValue={state?.values?.body}
        errors={state?.fieldErrors?.body}
      />
      <FormMessage state={state} />
      {linkErrors.length > 0 && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          {linkErrors.flatMap(([, errors]) => errors).join(" ")}
        </p>
      )}
      <div>
        <SubmitButton label={t("submit")} pendingLabel={t("sending")} />
      </div>
    </form>
  );
}
