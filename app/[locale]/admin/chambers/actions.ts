"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/action";
import { chamberAdminFormSchema, chamberFormSchema, createChamber, createChamberAdmin, setChamberAdminStatus } from "@/lib/chambers/management";

const platform = ["platform_admin"] as const;

export const createChamberAction = authedAction({ schema: chamberFormSchema, roles: platform, revalidate: ["/admin"] }, async (input, { user, t }) => {
  await createChamber(user, input);
  return { message: t("admin.chambers.created") };
});

export const createChamberAdminAction = authedAction(
  { schema: chamberAdminFormSchema, roles: platform, revalidate: ["/admin"] },
  async (input, { user, t, locale }) => {
    // Unless chosen, the new admin reads the site and its emails in the creator's current language.
    const created = await createChamberAdmin(user, { ...input, language: input.language ?? locale });
    return { message: t("admin.chambers.adminCreated", { email: created.email }) };
  },
);

export const setChamberAdminStatusAction = authedAction(
  { schema: z.object({ userId: z.uuid({ error: "notFound" }), status: z.enum(["active", "suspended"]) }), roles: platform, revalidate: ["/admin"] },
  async (input, { user, t }) => {
    await setChamberAdminStatus(user, input.userId, input.status);
    return { message: t(input.status === "active" ? "admin.chambers.reactivated" : "admin.chambers.suspended") };
  },
);
