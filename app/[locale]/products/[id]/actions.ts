"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/action";
import { republishProduct, unpublishProduct } from "@/lib/catalog/moderation";
import { reportProduct } from "@/lib/catalog/reports";

const schema = z.object({
  productId: z.uuid({ error: "invalid" }),
  reason: z.string({ error: "catalog.errors.reasonRequired" }).trim().min(1, { error: "catalog.errors.reasonRequired" }).max(1000, { error: "tooLong" }),
});

export const reportProductAction = authedAction(
  { schema, roles: ["sme", "distributor", "chamber_admin", "platform_admin"], rateLimit: { name: "report", max: 10, windowMinutes: 60 } },
  async (input, { user, t }) => {
    await reportProduct(user, input.productId, input.reason);
    return { message: t("catalog.report.sent") };
  },
);

export const unpublishProductAction = authedAction(
  { schema, roles: ["chamber_admin", "platform_admin"], revalidate: ["/products"] },
  async (input, { user, t }) => {
    await unpublishProduct(user, input.productId, input.reason);
    return { message: t("catalog.moderation.done") };
  },
);

/** Publishes again a product a moderator unpublished; the owner's members are notified. */
export const republishProductAction = authedAction(
  { schema: z.object({ productId: z.uuid({ error: "invalid" }) }), roles: ["chamber_admin", "platform_admin"], revalidate: ["/products"] },
  async (input, { user, t }) => {
    await republishProduct(user, input.productId);
    return { message: t("catalog.moderation.republished") };
  },
);
