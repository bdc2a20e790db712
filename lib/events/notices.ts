import "server-only";
import type { Executor } from "@/db/client";
import type { Event } from "@/db/schema";
import { memberIds } from "@/lib/inquiries/participants";
import { notify, type NotifyEvent } from "@/lib/notifications/notify";
import { nameParam } from "@/lib/notifications/types";

/** Tells every member of `companyIds` about something at `event`, each reading its name in their own language. */
export async function notifyCompanies(
  tx: Executor,
  event: Pick<Event, "id" | "name">,
  companyIds: string[],
  type: NotifyEvent["type"],
  payload: NotifyEvent["payload"],
): Promise<void> {
  const userIds = await memberIds(tx, [...new Set(companyIds)]);
  await notify(tx, { type, userIds, payload: { eventId: event.id, eventName: nameParam(event.name), ...payload } });
}
