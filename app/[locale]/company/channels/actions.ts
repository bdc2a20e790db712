"use server";

import { authedAction } from "@/lib/auth/action";
import { createChannel, deleteChannel, updateChannel, updateDistributorProfile } from "@/lib/catalog/channels";
import { channelIdSchema, channelSchema, distributorProfileSchema, updateChannelSchema } from "@/lib/catalog/company-schemas";
import { requireOwnCompanyOf } from "@/lib/catalog/access";

const options = { roles: ["distributor"], revalidate: ["/company/channels"] } as const;

export const createChannelAction = authedAction({ ...options, schema: channelSchema }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "distributor");
  await createChannel(company.id, input);
  return { message: t("catalog.channels.saved") };
});

export const updateChannelAction = authedAction({ ...options, schema: updateChannelSchema }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "distributor");
  await updateChannel(company.id, input.channelId, input);
  return { message: t("catalog.channels.saved") };
});

export const deleteChannelAction = authedAction({ ...options, schema: channelIdSchema }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "distributor");
  await deleteChannel(company.id, input.channelId);
  return { message: t("catalog.channels.deleted") };
});

export const saveDistributorProfileAction = authedAction({ ...options, schema: distributorProfileSchema }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "distributor");
  await updateDistributorProfile(company.id, input);
  return { message: t("catalog.channels.profileSaved") };
});
