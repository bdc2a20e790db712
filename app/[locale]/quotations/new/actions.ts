"use server";

import { authedAction, type Translator } from "@/lib/auth/action";
import { revalidatingThreads } from "@/lib/inquiries/action";
import { sendQuotationSchema, reviseQuotationSchema, type TermsInput } from "@/lib/quotations/schemas";
import { reviseQuotation, sendQuotation } from "@/lib/quotations/send";
import type { Terms } from "@/lib/quotations/terms";

async function termsOf(input: TermsInput): Promise<Terms> {
  const file = input.specSheet[0];
  return {
    productId: input.productId,
    productName: input.productName,
    unitPriceJpy: input.unitPriceJpy,
    moq: input.moq,
    incoterm: input.incoterm,
    incotermPlace: input.incotermPlace,
    leadTimeDays: input.leadTimeDays,
    paymentTerms: input.paymentTerms,
    validUntil: input.validUntil,
    notes: input.notes,
    specSheet: file ? { name: file.name || "spec-sheet", bytes: new Uint8Array(await file.arrayBuffer()) } : undefined,
  };
}

/** The thread message announcing a version, in the sender's language. */
const announce = (t: Translator, input: TermsInput, version: number) =>
  t("quotations.threadMessage", {
    version,
    product: input.productName || "—",
    price: input.unitPriceJpy,
    incoterm: input.incoterm,
    place: input.incotermPlace,
  });

export const sendQuotationAction = revalidatingThreads(
  authedAction(
    { schema: sendQuotationSchema, roles: ["sme"], rateLimit: { name: "quotation", max: 30, windowMinutes: 10 } },
    async (input, { user, t, locale }) => {
      const target = input.needId ? { needId: input.needId } : { inquiryId: input.inquiryId! };
      const id = await sendQuotation(user, target, await termsOf(input), { subject: t("quotations.threadSubject"), body: announce(t, input, 1) });
      return { redirectTo: `/${locale}/inquiries/${id}` };
    },
  ),
);

export const reviseQuotationAction = revalidatingThreads(
  authedAction(
    { schema: reviseQuotationSchema, roles: ["sme"], rateLimit: { name: "quotation", max: 30, windowMinutes: 10 } },
    async (input, { user, t, locale }) => {
      const id = await reviseQuotation(
        user,
        input.quotationId,
        await termsOf(input),
        t("quotations.revisedMessage", { product: input.productName || "—", price: input.unitPriceJpy }),
      );
      return { redirectTo: `/${locale}/inquiries/${id}` };
    },
  ),
);
