"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/action";
import { BULK_MAX, bulkDecide, nudgeMembers } from "@/lib/chamber/bulk";
import { MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX, messageMembers } from "@/lib/chamber/bulk-message";

const admins = ["chamber_admin", "platform_admin"] as const;

const ids = z
  .union([z.uuid({ error: "notFound" }), z.array(z.uuid({ error: "notFound" })).max(BULK_MAX, { error: "tooLong" })])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

const bulkSchema = z.object({
  companyIds: ids,
  operation: z.enum(["approve", "reject", "nudge"]),
  reason: z.string().trim().max(2000, { error: "tooLong" }).optional(),
});

/** The member table's bulk actions: approve, reject with one reason, or nudge members with gaps. */
export const bulkMembersAction = authedAction({ schema: bulkSchema, roles: admins, revalidate: ["/chamber/members", "/admin"] }, async (input, { user, t }) => {
  if (input.operation === "nudge") {
    const count = await nudgeMembers(user, input.companyIds);
    return { message: t("chamberConsole.members.bulk.nudged", { count }) };
  }
  const { done, skipped } = await bulkDecide(user, input.companyIds, input.operation, input.reason);
  return {
    message: t(input.operation === "approve" ? "chamberConsole.members.bulk.approved" : "chamberConsole.members.bulk.rejected", { count: done, skipped }),
  };
});

// Control characters are refused by the action wrapper for every field; a subject is one line.
const messageSchema = z.object({
  companyIds: ids,
  subject: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(MESSAGE_SUBJECT_MAX, { error: "tooLong" })
    .regex(/^[^\r\n]*$/, { error: "chamberConsole.members.errors.subjectOneLine" }),
  body: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(MESSAGE_BODY_MAX, { error: "tooLong" }),
});

/** A message in the chamber's name to every user of the ticked members. */
export const messageMembersAction = authedAction({ schema: messageSchema, roles: admins }, async ({ companyIds, ...message }, { user, t }) => {
  const result = await messageMembers(user, companyIds, message);
  return { message: t("chamberConsole.members.bulk.sent", result) };
});
