"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action";

type Option = { value: string; label: string };
const langs = [
  ["ja", "Ja"],
  ["zh", "Zh"],
  ["en", "En"],
] as const;

function Errors({ id, errors }: { id?: string; errors?: string[] }) {
  return errors?.map((error) => (
    <p key={error} id={id} className="text-sm text-red-700">
      {error}
    </p>
  ));
}

/**
 * The organizer's event form, to create an event or edit one (`initial` holds its fields as the
 * form posts them; `eventId` makes it an edit). Times are wall-clock times in the event's zone.
 */
export function EventForm({
  action,
  initial,
  eventId,
  chambers,
  zones,
}: {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  initial: Record<string, string | string[]>;
  eventId?: string;
  chambers: Option[];
  zones: Option[];
}) {
  const t = useTranslations("events.form");
  const tk = useTranslations("events.kinds");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, undefined);
  const v = (name: string): string => {
    const value = state?.values?.[name] ?? initial[name];
    return typeof value === "string" ? value : "";
  };
  const kinds = state?.values ? [state.values.allowedKinds].filter(Boolean) : ((initial.allowedKinds as string[] | undefined) ?? ["sme", "distributor"]);
  const errors = (name: string) => state?.fieldErrors?.[name];
  const number = (name: string, min: number, max: number) => (
    <FormField name={name} label={t(name as "tables")} type="number" min={min} max={max} defaultValue={v(name)} errors={errors(name)} required />
  );
  return (
    <form key={JSON.stringify(state ?? null)} action={formAction} data-testid="event-form" className="flex max-w-3xl flex-col gap-5" noValidate>
      {eventId && <input type="hidden" name="eventId" value={eventId} />}
      <fieldset className="grid gap-3 sm:grid-cols-3" aria-describedby={errors("name") ? "name-error" : undefined}>
        <legend className="mb-1 text-sm font-semibold">{t("nameLegend")}</legend>
        {langs.map(([l, suffix]) => (
          <FormField
            key={l}
            name={`name${suffix}`}
            label={tc(`languageNames.${l}`)}
            lang={l}
            defaultValue={v(`name${suffix}`)}
            errors={errors(`name${suffix}`)}
          />
        ))}
        <div className="sm:col-span-3">
          <Errors id="name-error" errors={errors("name")} />
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-semibold">{t("descriptionLegend")}</legend>
        {langs.map(([l, suffix]) => (
          <div key={l} className="flex flex-col gap-1">
            <label htmlFor={`description${suffix}`} className="text-sm text-stone-700">
              {tc(`languageNames.${l}`)}
            </label>
            <textarea
              id={`description${suffix}`}
              name={`description${suffix}`}
              lang={l}
              rows={3}
              maxLength={4000}
              defaultValue={v(`description${suffix}`)}
              className="rounded-md border border-stone-300 px-3 py-2"
            />
            <Errors errors={errors(`description${suffix}`)} />
          </div>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField name="place" label={t("place")} hint={t("placeHint")} defaultValue={v("place")} errors={errors("place")} />
        <FormField name="onlineUrl" label={t("onlineUrl")} type="url" defaultValue={v("onlineUrl")} errors={errors("onlineUrl")} />
        <SelectField
          name="coChamberId"
          label={t("coChamber")}
          options={chambers}
          emptyLabel={t("noCoChamber")}
          defaultValue={v("coChamberId")}
          errors={errors("coChamberId")}
        />
        <SelectField name="timeZone" label={t("timeZone")} options={zones} defaultValue={v("timeZone") || "Asia/Tokyo"} errors={errors("timeZone")} />
        <FormField name="startsOn" label={t("startsOn")} type="date" defaultValue={v("startsOn")} errors={errors("startsOn")} required />
        <FormField name="endsOn" label={t("endsOn")} type="date" defaultValue={v("endsOn")} errors={errors("endsOn")} required />
        <FormField name="dayStart" label={t("dayStart")} type="time" defaultValue={v("dayStart")} errors={errors("dayStart")} required />
        <FormField name="dayEnd" label={t("dayEnd")} type="time" defaultValue={v("dayEnd")} errors={errors("dayEnd")} required />
        {number("talkMinutes", 5, 240)}
        {number("breakMinutes", 0, 120)}
        {number("tables", 1, 500)}
        <FormField
          name="registrationDeadline"
          label={t("registrationDeadline")}
          type="datetime-local"
          defaultValue={v("registrationDeadline")}
          errors={errors("registrationDeadline")}
          required
        />
        {number("requestExpiryHours", 1, 720)}
        {number("maxPendingRequests", 1, 200)}
      </div>
      <fieldset aria-describedby={errors("allowedKinds") ? "kinds-error" : undefined}>
        <legend className="mb-1 text-sm font-semibold">{t("allowedKinds")}</legend>
        {(["sme", "distributor"] as const).map((kind) => (
          <label key={kind} className="mr-4 inline-flex items-center gap-2">
            <input type="checkbox" name="allowedKinds" value={kind} defaultChecked={kinds.includes(kind)} />
            {tk(kind)}
          </label>
        ))}
        <Errors id="kinds-error" errors={errors("allowedKinds")} />
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton label={eventId ? t("save") : t("create")} pendingLabel={t("saving")} />
    </form>
  );
}
