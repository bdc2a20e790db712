"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action";

/** A company's registration: the products it brings (an SME's own, published) and what it looks for. */
export function RegisterForm({
  action,
  eventId,
  products,
}: {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  eventId: string;
  products: { id: string; label: string }[];
}) {
  const t = useTranslations("events.register");
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} data-testid="register-form" className="flex max-w-2xl flex-col gap-4" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      {products.length > 0 && (
        <fieldset>
          <legend className="mb-2 text-sm font-semibold">{t("products")}</legend>
          {products.map((p) => (
            <label key={p.id} className="flex items-center gap-2">
              <input type="checkbox" name="productIds" value={p.id} />
              {p.label}
            </label>
          ))}
          {state?.fieldErrors?.productIds?.map((e) => (
            <p key={e} className="text-sm text-red-700">
              {e}
            </p>
          ))}
        </fieldset>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="needs" className="text-sm font-medium">
          {t("needs")}
        </label>
        <textarea
          id="needs"
          name="needs"
          rows={3}
          maxLength={2000}
          defaultValue={state?.values?.needs}
          className="rounded-md border border-stone-300 px-3 py-2"
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
