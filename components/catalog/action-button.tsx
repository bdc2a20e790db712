"use client";

import { useActionState } from "react";
import { useLocale } from "next-intl";
import type { ActionState } from "@/lib/auth/action";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  /** Asked before submitting (deletions). */
  confirm?: string;
  variant?: "primary" | "danger" | "plain";
};

/** A one-button form for a server action (publish, delete ...), its result read out politely. */
export function ActionButton({ action, fields, label, pendingLabel, confirm, variant = "plain" }: Props) {
  const locale = useLocale();
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form
      action={formAction}
      className={`inline-flex flex-col gap-1 ${variant === "danger" ? "[&_button]:bg-red-700 [&_button:hover]:bg-red-800" : variant === "plain" ? "[&_button]:bg-stone-600 [&_button:hover]:bg-stone-700" : ""}`}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton label={label} pendingLabel={pendingLabel} />
      <span aria-live="polite" role="status" className={state?.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}>
        {state?.message}
      </span>
    </form>
  );
}
