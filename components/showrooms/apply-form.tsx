"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action";

/** `note`: a hint shown next to the product, e.g. that it lies outside the accepted categories. */
export type ApplicableProduct = { id: string; ref: string; label: string; note?: string };

/** An SME's application: some of its own published products, ticked, and a message. */
export function ApplyForm({
  action,
  offerId,
  products,
}: {
  action: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
  offerId: string;
  products: ApplicableProduct[];
}) {
  const t = useTranslations("showrooms.apply");
  const [state, formAction] = useActionState(action, undefined);
  // React resets a form after its action; a refused form comes back with what was chosen.
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState("");
  const toggle = (id: string, on: boolean) => setSelected((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const productErrors = state?.fieldErrors?.productIds;
  const messageErrors = state?.fieldErrors?.message;
  return (
    <form key={JSON.stringify(state ?? null)} action={formAction} data-testid="apply-form" className="flex max-w-2xl flex-col gap-4" noValidate>
      <input type="hidden" name="offerId" value={offerId} />
      <fieldset aria-describedby={productErrors ? "productIds-error" : undefined}>
        <legend className="mb-2 text-sm font-semibold">{t("products")}</legend>
        <ul className="flex flex-col gap-2">
          {products.map((product) => (
            <li key={product.id}>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="productIds"
                  value={product.id}
                  defaultChecked={selected.includes(product.id)}
                  onChange={(e) => toggle(product.id, e.target.checked)}
                  data-testid="apply-product"
                />
                <span>{product.label}</span>
                <span className="text-xs text-stone-500">{product.ref}</span>
                {product.note && <span className="text-xs text-amber-800">{product.note}</span>}
              </label>
            </li>
          ))}
        </ul>
        {productErrors?.map((error) => (
          <p key={error} id="productIds-error" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="message" className="text-sm font-medium">
          {t("message")}
        </label>
        <textarea
          id="message"
          name="message"
          rows={3}
          maxLength={2000}
          defaultValue={message}
          onChange={(e) => setMessage(e.target.value)}
          className="rounded-md border border-stone-300 px-3 py-2"
        />
        {messageErrors?.map((error) => (
          <p key={error} className="text-sm text-red-700">
            {error}
          </p>
        ))}
      </div>
      <FormMessage state={state} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
