"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/action";
import { chamberAdminFormSchema, chamberFormSchema, createChamber, createChamberAdmin, setChamberAdminStatus } from "@/lib/chambers/management";

const platform = ["platform_admin"] as const;

export const createChamberAction = authedAction({ schema: chamberFormSchema, roles: platform, revalidate: ["/admin"] }, async (input, { user, t }) => {
  await createChamber(user, input);
  return { message: t("admin.chambers.created") };
});

export const createChamberAdminAction = authedAction({ schema: chamberAdminFormSchema, roles: platform, revalidate: ["/admin"] }, async (input, { user, t }) => {
  const created = await createChamberAdmin(user, input);
  return { message: t("admin.chambers.adminCreated", { email: created.email }) };
});

export const setChamberAdminStatusAction = authedAction(
  { schema: z.object({ userId: z.uuid({ error: "notFound" }), status: z.enum(["active", "suspended"]) }), roles: platform, revalidate: ["/admin"] },
  async (input, { user, t }) => {
    await setChamberAdminStatus(user, input.userId, input.status);
    return { message: t(input.status === "active" ? "admin.chambers.reactivated" : "admin.chambers.suspended") };
  },
);
