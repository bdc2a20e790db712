"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { NotificationType } from "@/db/schema";
import type { ActionState } from "@/lib/auth/action";

const languages = ["ja", "zh", "en"] as const;

/** Email language and categories; the page passes what is saved, this form posts it back. */
export function PreferencesForm({
  action,
  emailLocale,
  disabled,
  uiLanguage,
  categories,
}: {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  emailLocale: string | null;
  disabled: string[];
  uiLanguage: string;
  /** The notification types a user can turn off, in display order. */
  categories: readonly NotificationType[];
}) {
  const t = useTranslations("notifications");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-5" data-testid="notification-preferences">
      <div className="flex flex-col gap-1">
        <label htmlFor="emailLocale" className="text-sm font-medium text-stone-800">
          {t("settings.language")}
        </label>
        <select id="emailLocale" name="emailLocale" defaultValue={emailLocale ?? ""} className="rounded-md border border-stone-300 bg-white px-3 py-2">
          <option value="">{t("settings.languageDefault", { language: uiLanguage })}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {t(`locales.${l}`)}
            </option>
          ))}
        </select>
        {state?.fieldErrors?.emailLocale?.map((e) => (
          <p key={e} className="text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-stone-800">{t("settings.categories")}</legend>
        {/* The form lists categories to receive; the action stores the ones left unticked as disabled. */}
        {categories.map((type) => (
          <label key={type} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="enabled" value={type} defaultChecked={!disabled.includes(type)} data-testid={`category-${type}`} />
            {t(`categories.${type}`)}
          </label>
        ))}
        {Object.entries(state?.fieldErrors ?? {})
          .filter(([field]) => field.startsWith("enabled"))
          .flatMap(([, errors]) => errors)
          .map((e) => (
            <p key={e} className="text-sm text-red-700">
              {e}
            </p>
          ))}
      </fieldset>
      <FormMessage state={state} />
      <div>
        <SubmitButton label={t("settings.save")} pendingLabel={t("settings.saving")} />
      </div>
    </form>
  );
}
