"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/action";
import { closeIntroduction, nudgeIntroduction } from "@/lib/chamber/followups";

const admins = ["chamber_admin", "platform_admin"] as const;
const key = {
  smeId: z.uuid({ error: "notFound" }),
  distributorId: z.uuid({ error: "notFound" }),
  chamberId: z.uuid({ error: "notFound" }),
};

/** Reminds both companies of a recommendation again. */
export const nudgeIntroductionAction = authedAction(
  { schema: z.object(key), roles: admins, revalidate: ["/chamber/introductions"] },
  async (input, { user, t }) => {
    await nudgeIntroduction(user, input);
    return { message: t("chamberConsole.introductions.nudged") };
  },
);

/** Closes a recommendation with the reason, taking it off the silent list. */
export const closeIntroductionAction = authedAction(
  {
    schema: z.object({ ...key, reason: z.string().trim().max(2000, { error: "tooLong" }).default("") }),
    roles: admins,
    revalidate: ["/chamber/introductions"],
  },
  async ({ reason, ...input }, { user, t }) => {
    await closeIntroduction(user, input, reason);
    return { message: t("chamberConsole.introductions.closed") };
  },
);
