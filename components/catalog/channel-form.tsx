"use client";

import { useActionState } from "react";
import type { ChannelType } from "@/db/schema";
import { useTranslations } from "next-intl";
import { createChannelAction, updateChannelAction } from "@/app/[locale]/company/channels/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { RegionChecklist } from "./region-checklist";
import { TextAreaField } from "@/components/ui/text-area-field";

export type ChannelFormValues = { type?: string; regions?: string[]; outlets?: string; descriptionJa?: string; descriptionZh?: string; descriptionEn?: string };

/** Adds a sales channel, or edits one when `channelId` is given. */
/** `types` comes from the server page, so the client bundle does not pull in the database schema. */
export function ChannelForm({ types, channelId, initial = {} }: { types: readonly ChannelType[]; channelId?: string; initial?: ChannelFormValues }) {
  const t = useTranslations("catalog");
  const [state, formAction] = useActionState(channelId ? updateChannelAction : createChannelAction, undefined);
  const v = (name: Exclude<keyof ChannelFormValues, "regions">) => state?.values?.[name] ?? initial[name] ?? "";
  const err = (name: string) => state?.fieldErrors?.[name];
  return (
    <form
      key={state?.ok && !channelId ? "saved" : JSON.stringify(state?.values ?? {})}
      action={formAction}
      className="flex max-w-3xl flex-col gap-4"
      noValidate
    >
      {channelId && <input type="hidden" name="channelId" value={channelId} />}
      <div className="flex flex-col gap-1">
        <label htmlFor="type" className="text-sm font-medium text-stone-800">
          {t("channels.type")}
        </label>
        <select
          id="type"
          name="type"
          defaultValue={v("type")}
          className="rounded-md border border-stone-300 bg-white px-3 py-2"
          aria-invalid={err("type") ? true : undefined}
        >
          <option value="" disabled>
            —
          </option>
          {types.map((type) => (
            <option key={type} value={type}>
              {t(`channelTypes.${type}`)}
            </option>
          ))}
        </select>
        {err("type")?.map((e) => (
          <p key={e} className="text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
      <RegionChecklist name="regions" legend={t("channels.regions")} selected={initial.regions ?? []} errors={err("regions")} />
      <FormField name="outlets" label={t("channels.outlets")} inputMode="numeric" defaultValue={v("outlets")} errors={err("outlets")} />
      <TextAreaField name="descriptionJa" label={t("channels.descriptionJa")} rows={2} defaultValue={v("descriptionJa")} errors={err("descriptionJa")} />
      <TextAreaField name="descriptionZh" label={t("channels.descriptionZh")} rows={2} defaultValue={v("descriptionZh")} errors={err("descriptionZh")} />
      <TextAreaField name="descriptionEn" label={t("channels.descriptionEn")} rows={2} defaultValue={v("descriptionEn")} errors={err("descriptionEn")} />
      <FormMessage state={state} />
      <div>
        <SubmitButton label={channelId ? t("common.save") : t("channels.add")} pendingLabel={t("common.saving")} />
      </div>
    </form>
  );
}
