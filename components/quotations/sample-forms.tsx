"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { FormAction } from "@/components/inquiries/types";
import type { Carrier } from "@/db/schema";

/** Either company records a sample request: what, how many, where to, and who pays. */
export function SampleRequestForm({ action, inquiryId, payers }: { action: FormAction; inquiryId: string; payers: readonly ("sme" | "distributor")[] }) {
  const t = useTranslations("samples");
  const [state, formAction] = useActionState(action, undefined);
  const v = (name: string) => state?.values?.[name] ?? "";
  const err = (name: string) => state?.fieldErrors?.[name];
  return (
    <form key={state?.ok ? "sent" : "draft"} action={formAction} className="flex flex-col gap-3" data-testid="sample-request-form" noValidate>
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <FormField name="items" label={t("form.items")} defaultValue={v("items")} errors={err("items")} />
      <FormField name="quantity" label={t("form.quantity")} inputMode="numeric" defaultValue={v("quantity")} errors={err("quantity")} />
      <TextAreaField name="address" label={t("form.address")} rows={3} defaultValue={v("address")} errors={err("address")} />
      <SelectField
        name="payer"
        label={t("form.payer")}
        options={payers.map((p) => ({ value: p, label: t(`payers.${p}`) }))}
        defaultValue={v("payer")}
        errors={err("payer")}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton label={t("form.request")} pendingLabel={t("form.saving")} />
      </div>
    </form>
  );
}

/** The SME records the shipment: carrier and tracking number. */
export function SampleSentForm({ action, sampleId, carriers }: { action: FormAction; sampleId: string; carriers: readonly Carrier[] }) {
  const t = useTranslations("samples");
  const [state, formAction] = useActionState(action, undefined);
  const err = (name: string) => state?.fieldErrors?.[name];
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="sample-sent-form" noValidate>
      <input type="hidden" name="sampleId" value={sampleId} />
      <SelectField
        name="carrier"
        id={`carrier-${sampleId}`}
        label={t("form.carrier")}
        options={carriers.map((c) => ({ value: c, label: t(`carriers.${c}`) }))}
        defaultValue={state?.values?.carrier}
        errors={err("carrier")}
      />
      <FormField
        name="trackingNumber"
        id={`tracking-${sampleId}`}
        label={t("form.trackingNumber")}
        defaultValue={state?.values?.trackingNumber ?? ""}
        errors={err("trackingNumber")}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton label={t("form.markSent")} pendingLabel={t("form.saving")} />
      </div>
    </form>
  );
}
