"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/auth/action";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Option = { value: string; label: string };
type Props = {
  action: (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;
  productId: string;
  prefectures: Option[];
  gateways: Option[];
  attributes: readonly string[];
  initial: { originPrefecture: string; mainIngredientOrigin: string; exportGateway: string; accessAttributes: string[] };
};

const select = "rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900";

/** The optional facts the market-access check reads, each explained where it is asked. */
export function AccessFactsForm({ action, productId, prefectures, gateways, attributes, initial }: Props) {
  const t = useTranslations("access.facts");
  const tc = useTranslations("catalog.common");
  const [state, formAction] = useActionState(action, undefined);
  const field = (name: "originPrefecture" | "mainIngredientOrigin" | "exportGateway", options: Option[], hint: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`facts-${name}`} className="text-sm font-medium text-stone-800">
        {t(name)}
      </label>
      <select id={`facts-${name}`} name={name} defaultValue={initial[name]} className={select} aria-describedby={`facts-${name}-hint`}>
        <option value="">{t("none")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <p id={`facts-${name}-hint`} className="text-xs text-stone-500">
        {hint}
      </p>
    </div>
  );
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" data-testid="access-facts-form" noValidate>
      <input type="hidden" name="productId" value={productId} />
      <p className="text-sm text-stone-700">{t("lead")}</p>
      {field("originPrefecture", prefectures, t("originHint"))}
      {field("mainIngredientOrigin", [...prefectures, { value: "foreign", label: t("abroad") }], t("mainIngredientHint"))}
      {field("exportGateway", gateways, t("gatewayHint"))}
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-stone-800">{t("attributes")}</legend>
        {attributes.map((a) => (
          <label key={a} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="accessAttributes" value={a} defaultChecked={initial.accessAttributes.includes(a)} />
            {t(`attr.${a}` as "attr.lithium_battery")}
          </label>
        ))}
      </fieldset>
      <p className="text-xs text-stone-500">{t("certificationsHint")}</p>
      <FormMessage state={state} />
      <div>
        <SubmitButton label={tc("save")} pendingLabel={tc("saving")} />
      </div>
    </form>
  );
}
