"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/action";
import { Button } from "./button";

type Props = {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  /** Asked before submitting (deletions). */
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
};

/** A one-click server action (save, remove, publish...) with its hidden fields and its outcome read out. */
export function ActionButton({ action, fields, label, pendingLabel, confirm, variant = "secondary" }: Props) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form
      action={formAction}
      className="inline-flex items-center gap-2"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" disabled={pending} intent={variant} size="sm">
        {pending && pendingLabel ? pendingLabel : label}
      </Button>
      <span aria-live="polite" role="status" className={state?.ok ? "text-sm text-emerald-700" : "text-sm text-red-700"}>
        {state?.message}
      </span>
    </form>
  );
}
