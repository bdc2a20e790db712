"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action";

/** The slots a participant can talk at, grouped by day; labels come in the participant's own zone. */
export function AvailabilityForm({
  action,
  eventId,
  days,
}: {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  eventId: string;
  days: { label: string; slots: { value: string; label: string; checked: boolean }[] }[];
}) {
  const t = useTranslations("events.availability");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} data-testid="availability-form" className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      <p className="text-sm text-stone-700">{t("intro")}</p>
      {days.map((day) => (
        <fieldset key={day.label} className="flex flex-wrap gap-3">
          <legend className="mb-1 text-sm font-semibold">{day.label}</legend>
          {day.slots.map((slot) => (
            <label key={slot.value} className="inline-flex items-center gap-1 text-sm">
              <input type="checkbox" name="slots" value={slot.value} defaultChecked={slot.checked} />
              {slot.label}
            </label>
          ))}
        </fieldset>
      ))}
      <FormMessage state={state} />
      <SubmitButton label={t("save")} pendingLabel={t("save")} />
    </form>
  );
}
