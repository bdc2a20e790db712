"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DocumentKind } from "@/db/schema/trust";
import type { ActionState } from "@/lib/auth/action";
import { ACCEPTED_ATTACHMENT_TYPES } from "@/lib/inquiries/files";

/** Adds a licence or certificate: its kind, issuer, number, expiry and file. */
export function DocumentForm({
  action,
  kinds,
}: {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  kinds: readonly DocumentKind[];
}) {
  const t = useTranslations("trust");
  const tc = useTranslations("catalog.common");
  const [state, formAction] = useActionState(action, undefined);
  const errors = state?.fieldErrors ?? {};
  // Remounted after each success, so the fields empty for the next document.
  return (
    <form key={state?.ok ? state.message : "form"} action={formAction} className="flex max-w-xl flex-col gap-3" noValidate data-testid="document-form">
      <SelectField
        name="kind"
        label={t("documents.kind")}
        options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        defaultValue={state?.values?.kind}
        errors={errors.kind}
      />
      <FormField name="issuer" label={t("documents.issuer")} defaultValue={state?.values?.issuer} errors={errors.issuer} maxLength={200} />
      <FormField name="number" label={t("documents.number")} defaultValue={state?.values?.number} errors={errors.number} maxLength={100} />
      <FormField
        name="expiresOn"
        type="date"
        label={t("documents.expiresOn")}
        hint={t("documents.expiresOnHint")}
        defaultValue={state?.values?.expiresOn}
        errors={errors.expiresOn}
      />
      <FormField name="files" type="file" label={t("documents.file")} accept={ACCEPTED_ATTACHMENT_TYPES} errors={errors.files} />
      <FormMessage state={state} />
      <div>
        <SubmitButton label={t("documents.add")} pendingLabel={tc("saving")} />
      </div>
    </form>
  );
}
