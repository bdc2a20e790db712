"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action";
import type { RegistryKind } from "@/lib/companies/registry-number";

type Option = { value: string; label: string };
type Defaults = Partial<Record<string, string | string[]>>;

const langs = ["ja", "zh", "en"] as const;

/** The company profile form for onboarding and editing; every language's text is optional but one name is needed. */
export function CompanyForm({
  action,
  defaults = {},
  regions,
  chambers,
  registry,
  submitLabel,
}: {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  defaults?: Defaults;
  regions: Option[];
  chambers: Option[];
  /** Which registry's number the company gives: Japan's corporate number or China's credit code. */
  registry: RegistryKind;
  submitLabel: string;
}) {
  const t = useTranslations("company.form");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, undefined);
  const v = (name: string) => (state?.values?.[name] ?? defaults[name] ?? "") as string;
  const errors = (name: string) => state?.fieldErrors?.[name];
  const selectedLanguages = new Set(state?.values ? [] : ((defaults.languages as string[] | undefined) ?? []));
  return (
    <form key={JSON.stringify(state?.values ?? {})} action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-semibold">{t("name")}</legend>
        {langs.map((l) => (
          <FormField key={l} name={`name_${l}`} label={tc(`languageNames.${l}`)} lang={l} defaultValue={v(`name_${l}`)} errors={errors(`name_${l}`)} />
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-semibold">{t("description")}</legend>
        {langs.map((l) => (
          <div key={l} className="flex flex-col gap-1">
            <label htmlFor={`description_${l}`} className="text-sm text-stone-700">
              {tc(`languageNames.${l}`)}
            </label>
            <textarea
              id={`description_${l}`}
              name={`description_${l}`}
              lang={l}
              rows={3}
              defaultValue={v(`description_${l}`)}
              className="rounded-md border border-stone-300 px-3 py-2"
            />
            {errors(`description_${l}`)?.map((e) => (
              <p key={e} className="text-sm text-red-700">
                {e}
              </p>
            ))}
          </div>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="region" label={t("region")} options={regions} emptyLabel={t("choose")} defaultValue={v("region")} errors={errors("region")} />
        <FormField name="city" label={t("city")} defaultValue={v("city")} errors={errors("city")} />
        <FormField name="employees" label={t("employees")} inputMode="numeric" defaultValue={v("employees")} errors={errors("employees")} />
        <FormField name="foundedYear" label={t("foundedYear")} inputMode="numeric" defaultValue={v("foundedYear")} errors={errors("foundedYear")} />
        <FormField name="website" label={t("website")} type="url" placeholder="https://" defaultValue={v("website")} errors={errors("website")} />
        <FormField
          name="registryNumber"
          label={t(`registryNumber_${registry}`)}
          hint={t("registryNumberHint")}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          defaultValue={v("registryNumber")}
          errors={errors("registryNumber")}
        />
        <SelectField
          name="chamberId"
          label={t("chamber")}
          options={chambers}
          emptyLabel={t("noChamber")}
          hint={t("chamberHint")}
          defaultValue={v("chamberId")}
        />
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">{t("languages")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["ja", "zh", "en", "ko"] as const).map((l) => (
            <label key={l} className="flex items-center gap-2">
              <input type="checkbox" name="languages" value={l} defaultChecked={selectedLanguages.has(l)} />
              {tc(`languageNames.${l}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-3" aria-describedby="contacts-hint">
        <legend className="text-sm font-semibold">{t("contactsLegend")}</legend>
        <p id="contacts-hint" className="text-sm text-stone-700">
          {t("contactsHint")}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField name="wechatId" label={t("wechatId")} autoComplete="off" spellCheck={false} defaultValue={v("wechatId")} errors={errors("wechatId")} />
          <FormField name="lineId" label={t("lineId")} autoComplete="off" spellCheck={false} defaultValue={v("lineId")} errors={errors("lineId")} />
          <FormField name="wecomId" label={t("wecomId")} autoComplete="off" defaultValue={v("wecomId")} errors={errors("wecomId")} />
          <FormField name="phone" label={t("phone")} type="tel" autoComplete="tel" defaultValue={v("phone")} errors={errors("phone")} />
        </div>
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton label={submitLabel} pendingLabel={tc("saving")} />
    </form>
  );
}
