"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DocumentKind } from "@/db/schema/trust";
import type { ActionState } from "@/lib/auth/action";

type Doc = { id: string; kind: DocumentKind; issuer: string; number: string; expiresOn: string | null; fileName: string };

/** The chamber admin ticks the registry number and the documents they checked, and records it. */
export function VerifyForm({
  action,
  companyId,
  registryNumber,
  documents,
}: {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  companyId: string;
  registryNumber: string | null;
  documents: Doc[];
}) {
  const t = useTranslations("trust");
  const tc = useTranslations("catalog.common");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-3" noValidate data-testid="verify-form">
      <input type="hidden" name="companyId" value={companyId} />
      <fieldset className="flex flex-col gap-2" aria-describedby={state?.fieldErrors?.items ? "items-error" : undefined}>
        <legend className="sr-only">{t("badge.checked")}</legend>
        {registryNumber ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="items" value="registry_number" className="size-5" />
            {t("verify.registry", { number: registryNumber })}
          </label>
        ) : (
          <p className="text-sm text-stone-600">{t("verify.noRegistry")}</p>
        )}
        {documents.length === 0 && <p className="text-sm text-stone-600">{t("verify.noDocuments")}</p>}
        {documents.map((doc) => (
          <div key={doc.id} className="flex flex-wrap items-center gap-2 text-sm">
            <label className="flex items-center gap-2">
              <input type="checkbox" name="items" value={doc.id} className="size-5" />
              {t("badge.document", { kind: t(`kinds.${doc.kind}`), number: doc.number, issuer: doc.issuer })}
              {doc.expiresOn ? ` · ${t("documents.expires", { date: doc.expiresOn })}` : ""}
            </label>
            <a href={`/api/documents/${doc.id}`} className="text-indigo-800 underline">
              {t("verify.download", { name: doc.fileName })}
            </a>
          </div>
        ))}
        {state?.fieldErrors?.items?.map((e) => (
          <p key={e} id="items-error" className="text-sm text-red-700">
            {e}
          </p>
        ))}
      </fieldset>
      <FormMessage state={state} />
      <div>
        <SubmitButton label={t("verify.submit")} pendingLabel={tc("saving")} />
      </div>
    </form>
  );
}
