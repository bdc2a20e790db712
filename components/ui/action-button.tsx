"use client";

import { useActionState } from "react";
import { useLocale } from "next-intl";
import type { ActionState } from "@/lib/auth/action";

/** A one-click server action (remove, revoke, save...) with its hidden fields and its outcome. */
export function ActionButton({
  action,
  fields,
  label,
  variant = "secondary",
}: {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, undefined);
  const styles = {
    primary: "bg-indigo-700 text-white hover:bg-indigo-800",
    secondary: "border border-stone-300 bg-white hover:bg-stone-50",
    danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
  };
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={`rounded-md px-3 py-1.5 text-sm disabled:opacity-60 ${styles[variant]}`}>
        {label}
      </button>
      <span aria-live="polite" className={state?.ok ? "text-sm text-emerald-700" : "text-sm text-red-700"}>
        {state?.message}
      </span>
    </form>
  );
}
