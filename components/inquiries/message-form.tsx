"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { filesOf, isNavigation, textValues } from "@/lib/http/upload-check";
import { ACCEPTED_ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE } from "@/lib/inquiries/files";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { FormAction } from "./types";

/** Writes a message with up to four attachments; the form clears once the message is sent. */
export function MessageForm({ action, inquiryId }: { action: FormAction; inquiryId: string }) {
  const t = useTranslations("inquiries.thread");
  const tr = useTranslations();
  const form = useRef<HTMLFormElement>(null);
  // Files over the limits never leave the browser, and a post that fails on the way (a body the
  // server refuses) keeps the message typed, with a message instead of the error page.
  const send: FormAction = async (previous, data) => {
    const files = filesOf(data, "files");
    const tooLarge = files.find((file) => file.size > MAX_ATTACHMENT_BYTES);
    const problem =
      files.length > MAX_ATTACHMENTS_PER_MESSAGE
        ? tr("inquiries.errors.tooManyFiles", { max: MAX_ATTACHMENTS_PER_MESSAGE })
        : tooLarge && tr("inquiries.errors.fileTooLarge", { name: tooLarge.name });
    if (problem) return { ok: false, fieldErrors: { files: [problem] }, values: textValues(data) };
    try {
      return await action(previous, data);
    } catch (error) {
      if (isNavigation(error)) throw error;
      return { ok: false, message: tr("errors.uploadFailed"), values: textValues(data) };
    }
  };
  const [state, formAction] = useActionState(send, undefined);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const fileErrors = state?.fieldErrors?.files;
  return (
    <form ref={form} action={formAction} className="flex flex-col gap-3" data-testid="message-form" noValidate>
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <TextAreaField
        name="body"
        id="message-body"
        label={t("body")}
        rows={4}
        maxLength={5000}
        defaultValue={state?.ok ? undefined : state?.values?.body}
        errors={state?.fieldErrors?.body}
      />
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
