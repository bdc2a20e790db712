import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionState } from "@/lib/auth/action";
import { Link } from "@/lib/i18n/navigation";

export type NotificationItem = { id: string; text: string; details?: string[]; href: string; createdAt: Date; unread: boolean };

/** The in-app notifications, unread ones marked, each leading to what it is about. */
export async function NotificationList({
  items,
  markRead,
}: {
  items: NotificationItem[];
  markRead: (state: ActionState | undefined, data: FormData) => Promise<ActionState>;
}) {
  const t = await getTranslations("notifications");
  const format = await getFormatter();
  if (items.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <ul className="flex max-w-3xl flex-col divide-y divide-stone-200" data-testid="notification-list">
      {items.map((n) => (
        <li key={n.id} className="flex flex-wrap items-start gap-3 py-3" data-testid="notification-item" data-unread={n.unread ? "true" : "false"}>
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <Link href={n.href} className={n.unread ? "font-semibold hover:underline" : "hover:underline"} data-testid="notification-link">
              {n.unread && <span className="mr-2 rounded bg-indigo-100 px-1.5 py-0.5 text-xs text-indigo-800">{t("unread")}</span>}
              {n.text}
            </Link>
            {n.details?.map((detail, i) => (
              <p key={i} className="text-sm whitespace-pre-line text-stone-600" data-testid="notification-detail">
                {detail}
              </p>
            ))}
            <time dateTime={n.createdAt.toISOString()} className="text-xs text-stone-500">
              {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </div>
          {n.unread && <ActionButton action={markRead} fields={{ id: n.id }} label={t("markRead")} />}
        </li>
      ))}
    </ul>
  );
}
