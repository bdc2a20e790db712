"use server";

import { revalidatePath } from "next/cache";
import { authedAction, type ActionState } from "@/lib/auth/action";
import { acceptQuotation, declineQuotation, requestRevision } from "@/lib/quotations/decide";
import { declineSchema, quotationIdSchema, revisionRequestSchema } from "@/lib/quotations/schemas";

type Action = (state: ActionState | undefined, data: FormData) => Promise<ActionState>;

/** Refreshes the comparison, the needs and the threads once an answer has committed. */
const refreshing =
  (action: Action): Action =>
  async (state, data) => {
    const result = await action(state, data);
    if (result.ok) {
      revalidatePath("/[locale]/company/needs/[id]", "page");
      revalidatePath("/[locale]/inquiries/[id]", "page");
    }
    return result;
  };

const options = { roles: ["distributor"] } as const;

export const requestRevisionAction = refreshing(
  authedAction({ ...options, schema: revisionRequestSchema }, async (input, { user, t }) => {
    await requestRevision(user, input.quotationId, input.note);
    return { message: t("quotations.revisionRequested") };
  }),
);

export const acceptQuotationAction = refreshing(
  authedAction({ ...options, schema: quotationIdSchema }, async (input, { user, t }) => {
    await acceptQuotation(user, input.quotationId);
    return { message: t("quotations.accepted") };
  }),
);

export const declineQuotationAction = refreshing(
  authedAction({ ...options, schema: declineSchema }, async (input, { user, t }) => {
    await declineQuotation(user, input.quotationId, input.reason);
    return { message: t("quotations.declined") };
  }),
);
