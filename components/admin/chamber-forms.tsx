"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action";
import { locales } from "@/lib/i18n/routing";

type Action = (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
type Option = { value: string; label: string };

export function ChamberForm({ action, regions }: { action: Action; regions: Option[] }) {
  const t = useTranslations("admin.chambers");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(action, undefined);
  const err = (name: string) => state?.fieldErrors?.[name];
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" noValidate data-testid="chamber-form">
      <div className="grid gap-3 sm:grid-cols-3">
        {(["ja", "zh", "en"] as const).map((l) => (
          <FormField
            key={l}
            name={`name_${l}`}
            lang={l}
            label={t("nameIn", { language: tc(`languageNames.${l}`) })}
            errors={err(`name_${l}`)}
            defaultValue={state?.values?.[`name_${l}`]}
          />
        ))}
      </div>
      <SelectField name="region" id="chamber-region" label={t("region")} options={regions} emptyLabel="—" errors={err("region")} />
      <FormMessage state={state} />
      <SubmitButton label={t("create")} pendingLabel={tc("saving")} />
    </form>
  );
}

export function ChamberAdminForm({ action, chambers }: { action: Action; chambers: Option[] }) {
  const t = useTranslations("admin.chambers");
  const ta = useTranslations("auth");
  const tc = useTranslations("common");
  const locale = useLocale();
  const [state, formAction] = useActionState(action, undefined);
  const err = (name: string) => state?.fieldErrors?.[name];
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" noValidate data-testid="chamber-admin-form">
      <SelectField name="chamberId" id="admin-chamber" label={t("chamber")} options={chambers} errors={err("chamberId")} />
      <FormField name="name" label={t("adminName")} errors={err("name")} defaultValue={state?.values?.name} />
      <FormField name="email" type="email" label={ta("email")} errors={err("email")} defaultValue={state?.values?.email} />
      <FormField name="password" type="password" autoComplete="new-password" label={t("initialPassword")} hint={ta("passwordHint")} errors={err("password")} />
      <SelectField
        name="language"
        id="admin-language"
        label={t("language")}
        hint={t("languageHint")}
        options={locales.map((l) => ({ value: l, label: tc(`languageNames.${l}`) }))}
        defaultValue={state?.values?.language ?? locale}
        errors={err("language")}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("createAdmin")} pendingLabel={tc("saving")} />
    </form>
  );
}
