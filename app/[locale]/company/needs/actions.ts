"use server";

import { catalogAction } from "@/lib/catalog/action";
import { needIdSchema, needSchema, updateNeedSchema } from "@/lib/catalog/company-schemas";
import { createNeed, deleteNeed, updateNeed } from "@/lib/catalog/needs";
import { requireOwnCompanyOf } from "@/lib/catalog/owner";

const options = { roles: ["distributor"], revalidate: ["/company/needs"] } as const;

export const createNeedAction = catalogAction({ ...options, schema: needSchema }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "distributor");
  await createNeed(company.id, input);
  return { message: t("catalog.needs.saved") };
});

export const updateNeedAction = catalogAction({ ...options, schema: updateNeedSchema }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "distributor");
  await updateNeed(company.id, input.needId, input);
  return { message: t("catalog.needs.saved") };
});

export const deleteNeedAction = catalogAction({ ...options, schema: needIdSchema }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "distributor");
  await deleteNeed(company.id, input.needId);
  return { message: t("catalog.needs.deleted") };
});
