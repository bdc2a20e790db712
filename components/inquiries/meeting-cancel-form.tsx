"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { FormAction } from "./types";

type Props = { action: FormAction; meetingId: string; confirmed: boolean };

/** Calls off a proposal or a confirmed meeting, behind a disclosure so it is not clicked by mistake. */
export function MeetingCancelForm({ action, meetingId, confirmed }: Props) {
  const t = useTranslations("inquiries.meetings");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <details className="text-sm" data-testid="meeting-cancel">
      <summary className="w-fit cursor-pointer text-red-800">{t(confirmed ? "cancel" : "cancelProposal")}</summary>
      <form action={formAction} className="flex flex-col gap-2 pt-2" data-testid="meeting-cancel-form" noValidate>
        <input type="hidden" name="meetingId" value={meetingId} />
        <TextAreaField
          name="reason"
          id={`cancel-reason-${meetingId}`}
          label={t("cancelReason")}
          hint={t("cancelReasonHint")}
          rows={2}
          maxLength={500}
          defaultValue={state?.ok ? undefined : state?.values?.reason}
          errors={state?.fieldErrors?.reason}
        />
        <FormMessage state={state} />
        <div>
          <SubmitButton label={t(confirmed ? "cancelSubmit" : "cancelProposalSubmit")} pendingLabel={t("cancelling")} />
        </div>
      </form>
    </details>
  );
}
