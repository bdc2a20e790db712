import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { chambers, companyMembers, users, type Inquiry } from "@/db/schema";
import type { Localized } from "@/db/schema/localized";
import { notify, type NotifyEvent } from "@/lib/notifications/notify";
import { nameParam, type PayloadValue } from "@/lib/notifications/types";

/** One name every reader shares whatever their language (a calendar file's title): English first. */
export function neutralName(name: Localized | null | undefined): string {
  return name?.en?.trim() || name?.ja?.trim() || name?.zh?.trim() || "";
}

export async function memberIds(tx: Executor, companyIds: string[]): Promise<string[]> {
  if (companyIds.length === 0) return [];
  const rows = await tx.select({ id: companyMembers.userId }).from(companyMembers).where(inArray(companyMembers.companyId, companyIds));
  return rows.map((r) => r.id);
}

/** The coordinators of a thread: active chamber admins of the SME's chamber at opening. */
export async function chamberAdminIds(tx: Executor, chamberId: string | null): Promise<string[]> {
  if (!chamberId) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "chamber_admin"), eq(users.chamberId, chamberId), eq(users.status, "active"), isNull(users.deletedAt)));
  return rows.map((r) => r.id);
}

/** The chamber's name for a notification payload, read by each recipient in their own language. */
export async function chamberName(tx: Executor, chamberId: string | null): Promise<PayloadValue> {
  if (!chamberId) return "";
  const [row] = await tx.select({ name: chambers.name }).from(chambers).where(eq(chambers.id, chamberId));
  return nameParam(row?.name);
}

export type Audience = "everyone" | "otherCompany";

/**
 * Notifies a thread's participants of what `actorId` did, inside the caller's transaction.
 * "otherCompany": the company that did not act, and the coordinators; "everyone": both companies
 * and the coordinators. The actor is never notified of their own act.
 */
export async function notifyThread(
  tx: Executor,
  inquiry: Pick<Inquiry, "id" | "smeId" | "distributorId" | "chamberId" | "subject">,
  actor: { userId: string; companyId?: string },
  event: Omit<NotifyEvent, "userIds"> & { audience: Audience },
): Promise<void> {
  const companiesToTell =
    event.audience === "everyone" ? [inquiry.smeId, inquiry.distributorId] : [inquiry.smeId, inquiry.distributorId].filter((id) => id !== actor.companyId);
  const ids = [...(await memberIds(tx, companiesToTell)), ...(await chamberAdminIds(tx, inquiry.chamberId))].filter((id) => id !== actor.userId);
  await notify(tx, { type: event.type, payload: event.payload, batchKey: event.batchKey, userIds: ids });
}
