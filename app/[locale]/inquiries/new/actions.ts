"use server";

import { authedAction } from "@/lib/auth/action";
import { openInquiry } from "@/lib/inquiries/open";
import { openInquirySchema } from "@/lib/inquiries/schemas";

export const openInquiryAction = authedAction(
  { schema: openInquirySchema, roles: ["sme", "distributor"], rateLimit: { name: "inquiry", max: 20, windowMinutes: 60 } },
  async (input, { user, locale }) => {
    const id = await openInquiry(user, { to: input.to, productId: input.product, source: input.source, subject: input.subject, body: input.body });
    return { redirectTo: `/${locale}/inquiries/${id}` };
  },
);
