"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { slotLabel, zonedLocalToUtc } from "@/lib/inquiries/zones";

type Props = { n: number; zone: string; zoneLabel: string; min: string; defaultValue?: string };

/** A datetime-local slot in the proposer's zone, echoed as the other side will read it. */
export function SlotInput({ n, zone, zoneLabel, min, defaultValue }: Props) {
  const t = useTranslations("inquiries.meetings");
  const locale = useLocale();
  const [value, setValue] = useState(defaultValue ?? "");
  const instant = value ? zonedLocalToUtc(value, zone) : undefined;
  const id = `slot${n}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-800">
        {t("slotInZone", { n, zone: zoneLabel })}
      </label>
      <input
        id={id}
        name={id}
        type="datetime-local"
        min={min}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        aria-describedby={`${id}-both`}
        className="w-fit rounded-md border border-stone-300 bg-white px-3 py-2"
      />
      <p id={`${id}-both`} className="text-xs text-stone-600" data-testid="slot-preview" aria-live="polite">
        {instant ? slotLabel(instant, locale, { jst: t("jst"), cst: t("cst") }) : ""}
      </p>
    </div>
  );
}
