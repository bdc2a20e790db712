"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { meetingDurations } from "@/lib/inquiries/meeting-rules";
import { zoneOfSide } from "@/lib/inquiries/zones";
import { SlotInput } from "./slot-input";
import type { FormAction } from "./types";

type Props = { action: FormAction; inquiryId: string; side: "sme" | "distributor"; min: string };

/** Proposes two or three times, typed in the proposer's own zone (Japan or China time). */
export function MeetingForm({ action, inquiryId, side, min }: Props) {
  const t = useTranslations("inquiries.meetings");
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState(action, undefined);
  // The slot inputs keep their value in state, which form.reset() does not touch: a reset (ours
  // after a sent proposal, or React's after any action) remounts them from their default value.
  const [resets, setResets] = useState(0);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const v = state?.ok ? undefined : state?.values;
  const zone = t(side === "sme" ? "zoneSme" : "zoneDistributor");
  return (
    <form ref={form} action={formAction} onReset={() => setResets((r) => r + 1)} className="flex flex-col gap-3" data-testid="meeting-form" noValidate>
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <fieldset className="flex flex-wrap gap-4">
        <legend className="text-sm font-medium text-stone-800">{t("mode")}</legend>
        {(["online", "onsite"] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2 text-sm">
            <input type="radio" name="mode" value={mode} defaultChecked={(v?.mode ?? "online") === mode} />
            {t(mode)}
          </label>
        ))}
      </fieldset>
      <FormField
        name="location"
        label={t("location")}
        hint={t("locationHint")}
        maxLength={300}
        defaultValue={v?.location}
        errors={state?.fieldErrors?.location}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="durationMinutes" className="text-sm font-medium text-stone-800">
          {t("duration")}
        </label>
        <select
          id="durationMinutes"
          name="durationMinutes"
          defaultValue={v?.durationMinutes ?? "60"}
          className="w-fit rounded-md border border-stone-300 bg-white px-3 py-2"
        >
          {meetingDurations.map((d) => (
            <option key={d} value={d}>
              {t("minutes", { count: d })}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="flex flex-col gap-2" aria-describedby="slots-hint">
        <legend className="text-sm font-medium text-stone-800">{t("slots")}</legend>
        <p id="slots-hint" className="text-xs text-stone-500">
          {t("slotsHint", { zone })}
        </p>
        {[1, 2, 3].map((n) => (
          <SlotInput
            key={`${n}-${resets}`}
            n={n}
            zone={zoneOfSide(side)}
            zoneLabel={t(side === "sme" ? "jst" : "cst")}
            min={min}
            defaultValue={v?.[`slot${n}`]}
          />
        ))}
        {state?.fieldErrors?.slots?.map((e) => (
          <p key={e} className="text-sm text-red-700" data-testid="slots-error">
            {e}
          </p>
        ))}
      </fieldset>
      <FormMessage state={state} />
      <div>
        <SubmitButton label={t("submit")} pendingLabel={t("sending")} />
      </div>
    </form>
  );
}
