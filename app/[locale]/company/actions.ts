"use server";

import { z } from "zod";
import { emailField } from "@/lib/accounts/schemas";
import { authedAction } from "@/lib/auth/action";
import { inviteColleague, revokeInvite } from "@/lib/companies/invites";
import { removeColleague } from "@/lib/companies/members";
import { createCompany } from "@/lib/companies/onboarding";
import { updateOwnCompany } from "@/lib/companies/profile";
import { requestOrigin } from "@/lib/http/origin";
import { companyFormSchema } from "@/lib/companies/schemas";
import { setPublicProfile } from "@/lib/public/setting";

const sides = ["sme", "distributor"] as const;

// Revalidated although it redirects: the company layout's tabs must appear on the page it lands on.
export const createCompanyAction = authedAction({ schema: companyFormSchema, roles: sides, revalidate: ["/company"] }, async (input, { user, locale }) => {
  await createCompany(user, input);
  return { redirectTo: `/${locale}/company` };
});

export const updateCompanyAction = authedAction({ schema: companyFormSchema, roles: sides, revalidate: ["/company"] }, async (input, { user, t }) => {
  const company = await updateOwnCompany(user, input);
  return { message: company.status === "pending" ? t("company.profile.savedForReview") : t("company.profile.saved") };
});

export const inviteMemberAction = authedAction(
  { schema: z.object({ email: emailField }), roles: sides, revalidate: ["/company"], rateLimit: { name: "invite", max: 20, windowMinutes: 60 } },
  async (input, { user, locale, t }) => {
    const { token } = await inviteColleague(user, input.email);
    return { message: t("company.members.inviteCreated", { email: input.email }), data: { link: `${await requestOrigin()}/${locale}/invite/${token}` } };
  },
);

export const removeMemberAction = authedAction(
  { schema: z.object({ userId: z.uuid() }), roles: sides, revalidate: ["/company"] },
  async (input, { user, t }) => {
    await removeColleague(user, input.userId);
    return { message: t("company.members.removed") };
  },
);

export const revokeInviteAction = authedAction(
  { schema: z.object({ inviteId: z.uuid() }), roles: sides, revalidate: ["/company"] },
  async (input, { user, t }) => {
    await revokeInvite(user, input.inviteId);
    return { message: t("company.members.revoked") };
  },
);

export const setPublicProfileAction = authedAction(
  { schema: z.object({ public: z.enum(["true", "false"]) }), roles: sides, revalidate: ["/company"] },
  async (input, { user, t }) => {
    await setPublicProfile(user, input.public === "true");
    return { message: t(input.public === "true" ? "company.publicPage.madePublic" : "company.publicPage.madePrivate") };
  },
);
