"use server";

import { authedAction } from "@/lib/auth/action";
import { targetsSchema } from "@/lib/catalog/company-schemas";
import { requireOwnCompanyOf } from "@/lib/catalog/access";
import { updateTargets } from "@/lib/catalog/targets";

export const saveTargetsAction = authedAction({ schema: targetsSchema, roles: ["sme"], revalidate: ["/company/targets"] }, async (input, { user, t }) => {
  const { company } = await requireOwnCompanyOf(user, "sme");
  await updateTargets(company.id, input);
  return { message: t("catalog.targets.saved") };
});
