"use server";

import { z } from "zod";
import { assumptionSchema, saveAssumption } from "@/lib/access/landed-data";
import { decideRuleChange, proposalSchema, proposeRuleChange } from "@/lib/access/proposals";
import { authedAction } from "@/lib/auth/action";

const admins = ["chamber_admin", "platform_admin"] as const;
const platform = ["platform_admin"] as const;
const revalidate = ["/admin/access"];

/** Any admin proposes a new version of a rule; it waits for a second admin. */
export const proposeRuleChangeAction = authedAction({ schema: proposalSchema, roles: admins, revalidate }, async (input, { user, t }) => {
  await proposeRuleChange(user, input);
  return { message: t("access.admin.proposed") };
});

const decisionSchema = z.object({ proposalId: z.uuid({ error: "notFound" }), decision: z.enum(["approve", "reject"], { error: "invalid" }) });

/** A platform admin other than the proposer publishes or rejects the change. */
export const decideRuleChangeAction = authedAction({ schema: decisionSchema, roles: platform, revalidate }, async (input, { user, t }) => {
  await decideRuleChange(user, input.proposalId, input.decision === "approve");
  return { message: t("access.admin.decided") };
});

export const saveAssumptionAction = authedAction({ schema: assumptionSchema, roles: platform, revalidate }, async (input, { user, t }) => {
  await saveAssumption(user, input);
  return { message: t("access.admin.saved") };
});
