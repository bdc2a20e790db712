"use server";

import { authedAction } from "@/lib/auth/action";
import { needIdSchema, needSchema, updateNeedSchema } from "@/lib/catalog/company-schemas";
import { createNeed, deleteNeed, updateNeed } from "@/lib/catalog/needs";
import { requireOwnCompanyOf } from "@/lib/catalog/access";

const options = { roles: ["distributor"], revalidate: ["/company/needs"] } as const;

export const createNeedAction = authedAction({ ...options, schema: needSchema }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "distributor");
  await createNeed(company.id, input);
  return { message: t("catalog.needs.saved") };
});

export const updateNeedAction = authedAction({ ...options, schema: updateNeedSchema }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "distributor");
  await updateNeed(company.id, input.needId, input);
  return { message: t("catalog.needs.saved") };
});

export const deleteNeedAction = authedAction({ ...options, schema: needIdSchema }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "distributor");
  await deleteNeed(company.id, input.needId);
  return { message: t("catalog.needs.deleted") };
});
