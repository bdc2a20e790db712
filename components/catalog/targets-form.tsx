"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ChannelType } from "@/db/schema";
import { saveTargetsAction } from "@/app/[locale]/company/targets/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ChannelTypeChecklist } from "./channel-type-checklist";
import { RegionChecklist } from "./region-checklist";

export function TargetsForm({ types, channels, regions }: { types: readonly ChannelType[]; channels: string[]; regions: string[] }) {
  const t = useTranslations("catalog");
  const [state, formAction] = useActionState(saveTargetsAction, undefined);
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-6">
      <ChannelTypeChecklist name="targetChannels" legend={t("targets.channels")} types={types} selected={channels} />
      <RegionChecklist name="targetRegions" legend={t("targets.regions")} selected={regions} errors={state?.fieldErrors?.targetRegions} />
      <FormMessage state={state} />
      <div>
        <SubmitButton label={t("common.save")} pendingLabel={t("common.saving")} />
      </div>
    </form>
  );
}
