"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { FormAction } from "@/components/inquiries/types";

type Props = {
  action: FormAction;
  fields: Record<string, string>;
  /** The text field's name (note, reason, feedback) and its label. */
  name: string;
  label: string;
  submitLabel: string;
  pendingLabel: string;
  testId: string;
};

/** An answer that needs a few words: a revision request, a decline's reason, a sample's feedback. */
export function NoteForm({ action, fields, name, label, submitLabel, pendingLabel, testId }: Props) {
  const [state, formAction] = useActionState(action, undefined);
  const id = `${testId}-${Object.values(fields).join("-")}`;
  return (
    <form action={formAction} className="flex flex-col gap-2" data-testid={testId} noValidate>
      {Object.entries(fields).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <TextAreaField
        name={name}
        id={id}
        label={label}
        rows={2}
        maxLength={2000}
        defaultValue={state?.values?.[name] ?? ""}
        errors={state?.fieldErrors?.[name]}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
      </div>
    </form>
  );
}
