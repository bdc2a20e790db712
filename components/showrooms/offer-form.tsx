"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";
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

/** A distributor's display offer: title in at least one language, place, province, period, terms. */
export function OfferForm({ action, regions }: { action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>; regions: Option[] }) {
  const t = useTranslations("showrooms.form");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, undefined);
  const v = (name: string) => state?.values?.[name] ?? "";
  const errors = (name: string) => state?.fieldErrors?.[name];
  return (
    <form key={JSON.stringify(state?.values ?? {})} action={formAction} data-testid="offer-form" className="flex max-w-2xl flex-col gap-5" noValidate>
      <fieldset className="grid gap-3 sm:grid-cols-3" aria-describedby={errors("title") ? "title-error" : undefined}>
        <legend className="mb-1 text-sm font-semibold">{t("titleLegend")}</legend>
        {langs.map(([l, suffix]) => (
          <FormField
            key={l}
            name={`title${suffix}`}
            label={tc(`languageNames.${l}`)}
            lang={l}
            defaultValue={v(`title${suffix}`)}
            errors={errors(`title${suffix}`)}
          />
        ))}
        <div className="sm:col-span-3">
          <Errors id="title-error" errors={errors("title")} />
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
              defaultValue={v(`description${suffix}`)}
              className="rounded-md border border-stone-300 px-3 py-2"
            />
            <Errors errors={errors(`description${suffix}`)} />
          </div>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="place" label={t("place")} hint={t("placeHint")} defaultValue={v("place")} errors={errors("place")} />
        <SelectField name="region" label={t("region")} options={regions} emptyLabel={t("choose")} defaultValue={v("region")} errors={errors("region")} />
        <FormField name="startsOn" type="date" label={t("startsOn")} defaultValue={v("startsOn")} errors={errors("startsOn")} />
        <FormField name="endsOn" type="date" label={t("endsOn")} defaultValue={v("endsOn")} errors={errors("endsOn")} />
        <FormField name="sizeSqm" label={t("sizeSqm")} inputMode="numeric" defaultValue={v("sizeSqm")} errors={errors("sizeSqm")} />
        <FormField name="feeJpy" label={t("feeJpy")} hint={t("feeHint")} inputMode="numeric" defaultValue={v("feeJpy")} errors={errors("feeJpy")} />
      </div>
      <FormField
        name="categories"
        label={t("categories")}
        hint={t("categoriesHint")}
        placeholder="61, 6110, 2208"
        defaultValue={v("categories")}
        errors={errors("categories")}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
