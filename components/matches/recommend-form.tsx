"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/auth/action";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  smeId: string;
  distributorId: string;
  /** The longest note the server accepts. */
  maxNote: number;
};

/** A chamber admin recommends one pair, with an optional note both companies read. */
export function RecommendForm({ action, smeId, distributorId, maxNote }: Props) {
  const t = useTranslations("matchesPage");
  const id = useId();
  const [state, formAction] = useActionState(action, undefined);
  // The pair's ids are hidden fields: a refusal of those reads as a message, not under the note.
  const { note: noteErrors, ...others } = state?.fieldErrors ?? {};
  const otherErrors = Object.values(others).flat();
  const shown = otherErrors.length > 0 ? { ok: false, message: [state?.message, ...otherErrors].filter(Boolean).join(" ") } : state;
  return (
    <form action={formAction} className="flex w-full flex-col gap-2" data-testid="recommend-form" noValidate>
      <input type="hidden" name="smeId" value={smeId} />
      <input type="hidden" name="distributorId" value={distributorId} />
      <FormField
        name="note"
        id={`${id}-note`}
        label={t("recommendNote")}
        hint={t("recommendNoteHint", { max: maxNote })}
        maxLength={maxNote}
        defaultValue={state?.values?.note}
        errors={noteErrors}
      />
      <div>
        <SubmitButton label={t("recommend")} pendingLabel={t("recommending")} />
      </div>
      <FormMessage state={shown} />
    </form>
  );
}
