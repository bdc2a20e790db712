"use client";

import { useActionState, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { ActionState } from "@/lib/auth/action";

type FormAction = (state: ActionState | undefined, data: FormData) => Promise<ActionState>;

/**
 * The member table inside one form: the rows' checkboxes (name companyIds) are its fields, and
 * the buttons below say what to do with the ticked members. Rejecting asks for one reason for all;
 * a message to the ticked members goes to its own action, with its own result.
 */
export function BulkForm({ action, messageAction, children }: { action: FormAction; messageAction: FormAction; children: ReactNode }) {
  const t = useTranslations("chamberConsole.members.bulk");
  const [state, formAction, pending] = useActionState(action, undefined);
  const [sent, sendAction, sending] = useActionState(messageAction, undefined);
  const [rejecting, setRejecting] = useState(false);
  const [writing, setWriting] = useState(false);
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="members-form">
      {children}
      <fieldset className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3">
        <legend className="px-1 text-sm font-medium">{t("legend")}</legend>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" name="operation" value="approve" disabled={pending}>
            {t("approve")}
          </Button>
          <Button type="button" intent="danger" aria-expanded={rejecting} onClick={() => setRejecting((r) => !r)}>
            {t("reject")}
          </Button>
          <Button type="submit" intent="secondary" name="operation" value="nudge" disabled={pending}>
            {t("nudge")}
          </Button>
          <Button type="button" intent="secondary" aria-expanded={writing} onClick={() => setWriting((w) => !w)}>
            {t("message")}
          </Button>
        </div>
        {rejecting && (
          <div className="flex flex-col gap-2">
            <label htmlFor="bulk-reason" className="text-sm font-medium">
              {t("reason")}
            </label>
            <textarea
              id="bulk-reason"
              name="reason"
              rows={2}
              className="rounded-md border border-stone-300 px-3 py-2"
              aria-describedby={state?.fieldErrors?.reason ? "bulk-reason-error" : undefined}
            />
            {state?.fieldErrors?.reason?.map((e) => (
              <p key={e} id="bulk-reason-error" className="text-sm text-red-700">
                {e}
              </p>
            ))}
            <Button type="submit" intent="danger" name="operation" value="reject" disabled={pending} className="w-fit">
              {t("rejectSelected")}
            </Button>
          </div>
        )}
        <FormMessage state={state} />
        {writing && (
          <div className="flex flex-col gap-3" data-testid="bulk-message">
            <p className="text-sm text-stone-600">{t("messageHint")}</p>
            <FormField name="subject" label={t("subject")} maxLength={150} defaultValue={sent?.values?.subject} errors={sent?.fieldErrors?.subject} />
            <TextAreaField name="body" label={t("body")} rows={6} maxLength={4000} defaultValue={sent?.values?.body} errors={sent?.fieldErrors?.body} />
            <Button type="submit" formAction={sendAction} disabled={sending} className="w-fit">
              {t("send")}
            </Button>
          </div>
        )}
        <FormMessage state={sent} />
      </fieldset>
    </form>
  );
}
