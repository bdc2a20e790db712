"use server";

import { revalidatePath } from "next/cache";
import { assertEmailVerified } from "@/lib/accounts/verification";
import { authedAction } from "@/lib/auth/action";
import { requireShowroomSide } from "@/lib/showrooms/access";
import { applyToOffer, decideApplication, withdrawApplication } from "@/lib/showrooms/applications";
import { closeOffer } from "@/lib/showrooms/offers";
import { applicationIdSchema, applySchema, decisionSchema, offerIdSchema } from "@/lib/showrooms/schemas";

// Each body revalidates only after its lib call returned, i.e. once the write is committed.

export const applyAction = authedAction({ schema: applySchema, roles: ["sme"] }, async (input, { user, locale, t }) => {
  const { company } = await requireShowroomSide(user, "sme");
  assertEmailVerified(user);
  await applyToOffer(company, user.id, input);
  revalidatePath(`/${locale}/showrooms`, "layout");
  return { message: t("showrooms.apply.sent") };
});

export const withdrawApplicationAction = authedAction({ schema: applicationIdSchema, roles: ["sme"] }, async (input, { user, locale, t }) => {
  const { company } = await requireShowroomSide(user, "sme");
  await withdrawApplication(company.id, input.applicationId);
  revalidatePath(`/${locale}/showrooms`, "layout");
  return { message: t("showrooms.apply.withdrawn") };
});

export const decideApplicationAction = authedAction({ schema: decisionSchema, roles: ["distributor"] }, async (input, { user, locale, t }) => {
  const { company } = await requireShowroomSide(user, "distributor");
  await decideApplication(company, input);
  revalidatePath(`/${locale}/showrooms`, "layout");
  return { message: t(input.decision === "accepted" ? "showrooms.applications.acceptedMessage" : "showrooms.applications.declinedMessage") };
});

export const closeOfferAction = authedAction({ schema: offerIdSchema, roles: ["distributor"] }, async (input, { user, locale, t }) => {
  const { company } = await requireShowroomSide(user, "distributor");
  await closeOffer(company.id, input.offerId);
  revalidatePath(`/${locale}/showrooms`, "layout");
  return { message: t("showrooms.offer.closedMessage") };
});
