"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/auth/action";

type Action = (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
type Key = { smeId: string; distributorId: string; chamberId: string };

function KeyFields({ k }: { k: Key }) {
  return (
    <>
      <input type="hidden" name="smeId" value={k.smeId} />
      <input type="hidden" name="distributorId" value={k.distributorId} />
      <input type="hidden" name="chamberId" value={k.chamberId} />
    </>
  );
}

/** Nudge both companies again, or close the introduction with a reason. */
export function IntroductionForms({ k, nudge, close }: { k: Key; nudge: Action; close: Action }) {
  const t = useTranslations("chamberConsole.introductions");
  const [nudged, nudgeAction, nudging] = useActionState(nudge, undefined);
  const [closed, closeAction, closing] = useActionState(close, undefined);
  const id = `close-${k.smeId}-${k.distributorId}`;
  return (
    <div className="flex flex-col gap-2">
      <form action={nudgeAction}>
        <KeyFields k={k} />
        <Button type="submit" size="sm" intent="secondary" disabled={nudging}>
          {t("nudge")}
        </Button>
        <FormMessage state={nudged} />
      </form>
      <form action={closeAction} className="flex flex-col gap-1">
        <KeyFields k={k} />
        <label htmlFor={id} className="text-xs font-medium">
          {t("reason")}
        </label>
        <input id={id} name="reason" className="rounded-md border border-stone-300 px-2 py-1 text-sm" />
        {closed?.fieldErrors?.reason?.map((e) => (
          <p key={e} className="text-sm text-red-700">
            {e}
          </p>
        ))}
        <Button type="submit" size="sm" intent="danger" disabled={closing} className="w-fit">
          {t("close")}
        </Button>
        <FormMessage state={closed} />
      </form>
    </div>
  );
}
