"use client";

import { useActionState, useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ACCEPTED_ATTACHMENT_TYPES } from "@/lib/inquiries/files";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { FormAction } from "./types";

/** Writes a message with up to four attachments; the form clears once the message is sent. */
export function MessageForm({ action, inquiryId }: { action: FormAction; inquiryId: string }) {
  const t = useTranslations("inquiries.thread");
  const locale = useLocale();
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState(action, undefined);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const fileErrors = state?.fieldErrors?.files;
  return (
    <form ref={form} action={formAction} className="flex flex-col gap-3" data-testid="message-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <TextAreaField name="body" id="message-body" label={t("body")} rows={4} maxLength={5000} defaultValue={state?.ok ? undefined : state?.values?.body} errors={state?.fieldErrors?.body} />
      <div className="flex flex-col gap-1">
        <label htmlFor="message-files" className="text-sm font-medium text-stone-800">
          {t("files")}
        </label>
        <input
          id="message-files"
          name="files"
          type="file"
          multiple
          accept={ACCEPTED_ATTACHMENT_TYPES}
          aria-describedby={fileErrors?.length ? "message-files-hint message-files-error" : "message-files-hint"}
          aria-invalid={fileErrors?.length ? true : undefined}
          className="text-sm"
        />
        <p id="message-files-hint" className="text-xs text-stone-500">
          {t("filesHint")}
        </p>
        {fileErrors?.map((e) => (
          <p key={e} id="message-files-error" className="text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton label={t("send")} pendingLabel={t("sending")} />
      </div>
    </form>
  );
}
