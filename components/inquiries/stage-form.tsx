"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DealStage } from "@/db/schema";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { FormAction } from "./types";

/** Moves the deal to one of the stages it may reach from where it is. */
export function StageForm({ action, inquiryId, options }: { action: FormAction; inquiryId: string; options: DealStage[] }) {
  const t = useTranslations("inquiries");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="stage-form" noValidate>
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="stage" className="text-sm font-medium text-stone-800">
          {t("stage.moveTo")}
        </label>
        <select id="stage" name="stage" defaultValue={options[0]} className="rounded-md border border-stone-300 bg-white px-3 py-2">
          {options.map((s) => (
            <option key={s} value={s}>
              {t(`stages.${s}`)}
            </option>
          ))}
        </select>
        {state?.fieldErrors?.stage?.map((e) => (
          <p key={e} className="text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
      <TextAreaField
        name="reason"
        id="stage-reason"
        label={t("stage.reason")}
        hint={t("stage.reasonHint")}
        rows={2}
        maxLength={500}
        errors={state?.fieldErrors?.reason}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton label={t("stage.submit")} pendingLabel={t("stage.saving")} />
      </div>
    </form>
  );
}
