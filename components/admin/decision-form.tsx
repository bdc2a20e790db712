"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/auth/action";

type Decision = "approve" | "reject" | "suspend" | "reinstate";

/** One moderation decision; rejecting and suspending ask for the reason the owner will read. */
export function DecisionForm({
  action,
  companyId,
  decision,
}: {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  companyId: string;
  decision: Decision;
}) {
  const t = useTranslations("admin.decision");
  const [state, formAction, pending] = useActionState(action, undefined);
  const needsReason = decision === "reject" || decision === "suspend";
  const id = `reason-${decision}`;
  return (
    <form action={formAction} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <input type="hidden" name="companyId" value={companyId} />
      <input type="hidden" name="decision" value={decision} />
      {needsReason && (
        <>
          <label htmlFor={id} className="text-sm font-medium">
            {t(`${decision}Reason`)}
          </label>
          <textarea id={id} name="reason" rows={2} className="rounded-md border border-stone-300 px-3 py-2" />
          {state?.fieldErrors?.reason?.map((e) => (
            <p key={e} className="text-sm text-red-700">
              {e}
            </p>
          ))}
        </>
      )}
      <FormMessage state={state} />
      <button
        type="submit"
        disabled={pending}
        className={
          decision === "approve" || decision === "reinstate"
            ? "w-fit rounded-md bg-emerald-700 px-4 py-2 text-white disabled:opacity-60"
            : "w-fit rounded-md bg-red-700 px-4 py-2 text-white disabled:opacity-60"
        }
      >
        {t(decision)}
      </button>
    </form>
  );
}
