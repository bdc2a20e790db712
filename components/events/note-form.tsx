"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action";

const steps = ["samples", "quotation", "visit", "none"] as const;

/** One side's short note on a talk: interest, next step, and a few words in any language. */
export function NoteForm({ action, talkId }: { action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>; talkId: string }) {
  const t = useTranslations("events.note");
  const ts = useTranslations("events.nextSteps");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} data-testid="note-form" className="flex max-w-xl flex-col gap-3" noValidate>
      <input type="hidden" name="talkId" value={talkId} />
      <SelectField
        name="interest"
        id={`interest-${talkId}`}
        label={t("interest")}
        options={["1", "2", "3", "4", "5"].map((n) => ({ value: n, label: n }))}
        defaultValue={state?.values?.interest ?? "3"}
        errors={state?.fieldErrors?.interest}
      />
      <SelectField
        name="nextStep"
        id={`nextStep-${talkId}`}
        label={t("nextStep")}
        options={steps.map((s) => ({ value: s, label: ts(s) }))}
        defaultValue={state?.values?.nextStep ?? "samples"}
        errors={state?.fieldErrors?.nextStep}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={`note-${talkId}`} className="text-sm font-medium">
          {t("text")}
        </label>
        <textarea
          id={`note-${talkId}`}
          name="note"
          rows={3}
          maxLength={2000}
          defaultValue={state?.values?.note}
          className="rounded-md border border-stone-300 px-3 py-2"
        />
        {state?.fieldErrors?.note?.map((e) => (
          <p key={e} className="text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
      <FormMessage state={state} />
      <SubmitButton label={t("save")} pendingLabel={t("save")} />
    </form>
  );
}
