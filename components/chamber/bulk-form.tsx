"use client";

import { useActionState, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/auth/action";

/**
 * The member table inside one form: the rows' checkboxes (name companyIds) are its fields, and
 * the buttons below say what to do with the ticked members. Rejecting asks for one reason for all.
 */
export function BulkForm({ action, children }: { action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>; children: ReactNode }) {
  const t = useTranslations("chamberConsole.members.bulk");
  const [state, formAction, pending] = useActionState(action, undefined);
  const [rejecting, setRejecting] = useState(false);
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="members-form">
      {children}
      <fieldset className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3">
        <legend className="px-1 text-sm font-medium">{t("legend")}</legend>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" name="operation" value="approve" disabled={pending}>
            {t("approve")}
          </Button>
          <Button type="button" intent="danger" aria-expanded={rejecting} onClick={() => setRejecting((r) => !r)}>
            {t("reject")}
          </Button>
          <Button type="submit" intent="secondary" name="operation" value="nudge" disabled={pending}>
            {t("nudge")}
          </Button>
        </div>
        {rejecting && (
          <div className="flex flex-col gap-2">
            <label htmlFor="bulk-reason" className="text-sm font-medium">
              {t("reason")}
            </label>
            <textarea
              id="bulk-reason"
              name="reason"
              rows={2}
              className="rounded-md border border-stone-300 px-3 py-2"
              aria-describedby={state?.fieldErrors?.reason ? "bulk-reason-error" : undefined}
            />
            {state?.fieldErrors?.reason?.map((e) => (
              <p key={e} id="bulk-reason-error" className="text-sm text-red-700">
                {e}
              </p>
            ))}
            <Button type="submit" intent="danger" name="operation" value="reject" disabled={pending} className="w-fit">
              {t("rejectSelected")}
            </Button>
          </div>
        )}
        <FormMessage state={state} />
      </fieldset>
    </form>
  );
}
