"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/auth/action";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState | undefined, formData: FormData) => Promise<ActionState>;
type Rule = { code: string; level: string; validFrom: string; validTo: string | null; reviewDue: string | null; sourceUrl: string; sourceDate: string | null };

/** A proposed new version of one rule: effect, dates and a source, with the reason for the approver. */
export function ProposalForm({ action, rule }: { action: Action; rule: Rule }) {
  const t = useTranslations("access.admin");
  const [state, formAction] = useActionState(action, undefined);
  const v = (name: string, fallback: string | null) => String(state?.values?.[name] ?? fallback ?? "");
  const id = (name: string) => `${rule.code}-${name}`;
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" data-testid={`propose-${rule.code}`} noValidate>
      <input type="hidden" name="code" value={rule.code} />
      <div className="flex flex-col gap-1">
        <label htmlFor={id("level")} className="text-sm font-medium">
          {t("level")}
        </label>
        <select id={id("level")} name="level" defaultValue={v("level", rule.level)} className="rounded-md border border-stone-300 px-3 py-2">
          {(["block", "todo", "info"] as const).map((l) => (
            <option key={l} value={l}>
              {t(`levels.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <FormField
        name="validFrom"
        id={id("validFrom")}
        type="date"
        label={t("validFrom")}
        defaultValue={v("validFrom", rule.validFrom)}
        errors={state?.fieldErrors?.validFrom}
      />
      <FormField
        name="validTo"
        id={id("validTo")}
        type="date"
        label={t("validTo")}
        defaultValue={v("validTo", rule.validTo)}
        errors={state?.fieldErrors?.validTo}
      />
      <FormField
        name="reviewDue"
        id={id("reviewDue")}
        type="date"
        label={t("reviewDue")}
        defaultValue={v("reviewDue", rule.reviewDue)}
        errors={state?.fieldErrors?.reviewDue}
      />
      <FormField
        name="evidenceUrl"
        id={id("evidenceUrl")}
        type="url"
        label={t("evidenceUrl")}
        defaultValue={v("evidenceUrl", rule.sourceUrl)}
        errors={state?.fieldErrors?.evidenceUrl}
      />
      <FormField
        name="evidenceDate"
        id={id("evidenceDate")}
        type="date"
        label={t("evidenceDate")}
        defaultValue={v("evidenceDate", rule.sourceDate)}
        errors={state?.fieldErrors?.evidenceDate}
      />
      <div className="sm:col-span-2">
        <FormField name="note" id={id("note")} label={t("note")} defaultValue={v("note", "")} errors={state?.fieldErrors?.note} required />
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <SubmitButton label={t("propose")} pendingLabel={t("propose")} />
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** One landed-price assumption, edited in place by a platform admin. */
export function AssumptionForm({ action, name, label, value }: { action: Action; name: string; label: string; value: number }) {
  const t = useTranslations("access.admin");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="key" value={name} />
      <FormField
        name="value"
        id={`assumption-${name}`}
        label={label}
        inputMode="numeric"
        defaultValue={String(state?.values?.value ?? value)}
        errors={state?.fieldErrors?.value}
      />
      <SubmitButton label={t("saveAssumption")} pendingLabel={t("saveAssumption")} />
      <FormMessage state={state} />
    </form>
  );
}
