"use server";

import { authedAction } from "@/lib/auth/action";
import { requireShowroomSide } from "@/lib/showrooms/access";
import { createOffer } from "@/lib/showrooms/offers";
import { offerSchema } from "@/lib/showrooms/schemas";

export const createOfferAction = authedAction({ schema: offerSchema, roles: ["distributor"] }, async (input, { user, locale }) => {
  const { company } = await requireShowroomSide(user, "distributor");
  const offer = await createOffer(company.id, input);
  return { redirectTo: `/${locale}/showrooms/${offer.id}` };
});
