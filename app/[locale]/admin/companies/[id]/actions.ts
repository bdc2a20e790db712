"use server";

import { authedAction } from "@/lib/auth/action";
import { verifyCompany } from "@/lib/trust/verification";
import { verifySchema } from "@/lib/trust/schemas";

/** The chamber admin records what of a member's evidence they checked; the member's badge shows it. */
export const verifyCompanyAction = authedAction(
  { schema: verifySchema, roles: ["chamber_admin"], revalidate: ["/admin", "/chamber/verifications", "/companies"] },
  async (input, { user, t }) => {
    await verifyCompany(user, input.companyId, input.items);
    return { message: t("trust.verify.done") };
  },
);
