"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/action";
import { requireOwnCompany } from "@/lib/companies/access";
import { getCompanyProfile } from "@/lib/companies/directory";
import { PublicError } from "@/lib/errors";
import { setMatchFeedback } from "@/lib/matching/read";
import { recommendMatch, RECOMMENDATION_NOTE_MAX } from "@/lib/matching/recommend";

const feedbackSchema = z.object({
  otherId: z.uuid({ error: "notFound" }),
  state: z.enum(["saved", "dismissed", "clear"]),
});

/** Save or dismiss a match for the caller's own company; it filters only that company's list. */
export const matchFeedbackAction = authedAction(
  { schema: feedbackSchema, roles: ["sme", "distributor"], revalidate: ["/matches"] },
  async (input, { user, t }) => {
    const { company } = await requireOwnCompany(user);
    // Only a company the caller may see can be saved or dismissed.
    if (!(await getCompanyProfile(user, input.otherId))) throw new PublicError("notFound");
    await setMatchFeedback(company.id, input.otherId, input.state === "clear" ? null : input.state);
    return { message: t(`matchesPage.feedback.${input.state}`) };
  },
);

const recommendSchema = z.object({
  smeId: z.uuid({ error: "notFound" }),
  distributorId: z.uuid({ error: "notFound" }),
  note: z.string({ error: "invalid" }).trim().max(RECOMMENDATION_NOTE_MAX, { error: "matchesPage.errors.noteTooLong" }).optional(),
});

/** A chamber admin recommends a pair involving one of the chamber's members; both companies are notified. */
export const recommendMatchAction = authedAction(
  { schema: recommendSchema, roles: ["chamber_admin", "platform_admin"], revalidate: ["/matches"] },
  async (input, { user, t }) => {
    await recommendMatch({ admin: user, smeId: input.smeId, distributorId: input.distributorId, note: input.note });
    return { message: t("matchesPage.recommended") };
  },
);
