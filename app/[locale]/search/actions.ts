"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/action";
import { saveSearchSchema } from "@/lib/saved-searches/schemas";
import { saveSearch, stopSavedSearch } from "@/lib/saved-searches/store";

export const saveSearchAction = authedAction(
  { schema: saveSearchSchema, revalidate: ["/search"], rateLimit: { name: "save-search", max: 30, windowMinutes: 60 } },
  async (input, { user, t }) => {
    await saveSearch(user, input);
    return { message: t("savedSearches.saved", { name: input.name }) };
  },
);

export const stopSavedSearchAction = authedAction({ schema: z.object({ id: z.uuid() }), revalidate: ["/search"] }, async (input, { user, t }) => {
  await stopSavedSearch(user, input.id);
  return { message: t("savedSearches.stoppedOne") };
});
