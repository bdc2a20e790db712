"use client";

import { useActionState } from "react";
import { useLocale } from "next-intl";
import type { ActionState } from "@/lib/auth/action";

type Props = {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  /** Asked before submitting (deletions). */
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
};

const styles = {
  primary: "bg-indigo-700 text-white hover:bg-indigo-800",
  secondary: "border border-stone-300 bg-white hover:bg-stone-50",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
};

/** A one-click server action (save, remove, publish...) with its hidden fields and its outcome read out. */
export function ActionButton({ action, fields, label, pendingLabel, confirm, variant = "secondary" }: Props) {
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form
      action={formAction}
      className="inline-flex items-center gap-2"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={`rounded-md px-3 py-1.5 text-sm disabled:opacity-60 ${styles[variant]}`}>
        {pending && pendingLabel ? pendingLabel : label}
      </button>
      <span aria-live="polite" role="status" className={state?.ok ? "text-sm text-emerald-700" : "text-sm text-red-700"}>
        {state?.message}
      </span>
    </form>
  );
}
