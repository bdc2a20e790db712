"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action";

type Props = {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  /** The current search's query and filters, saved with it. */
  params: Record<string, string>;
  /** Companies get new matches in their digest too; admins have none. */
  withMatches: boolean;
  defaultName: string;
};

/** Saves the search on screen and how often its digest comes. */
export function SaveSearchForm({ action, params, withMatches, defaultName }: Props) {
  const t = useTranslations("savedSearches.form");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate data-testid="save-search-form">
      {Object.entries(params).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormField name="name" label={t("name")} errors={state?.fieldErrors?.name} defaultValue={state?.values?.name ?? defaultName} maxLength={100} />
      <SelectField
        name="frequency"
        label={t("frequency")}
        options={[
          { value: "daily", label: t("daily") },
          { value: "weekly", label: t("weekly") },
        ]}
        defaultValue={state?.values?.frequency ?? "weekly"}
        errors={state?.fieldErrors?.frequency}
      />
      {withMatches && (
        <FormField
          name="matchThreshold"
          type="number"
          min={1}
          max={100}
          label={t("threshold")}
          hint={t("thresholdHint")}
          errors={state?.fieldErrors?.matchThreshold}
          defaultValue={state?.values?.matchThreshold ?? ""}
        />
      )}
      <FormMessage state={state} />
      <div>
        <SubmitButton label={t("submit")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
