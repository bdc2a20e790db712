import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The header's link to the notifications page, with the unread count when there is one. */
export async function NotificationsLink({ unread }: { unread: number }) {
  const t = await getTranslations("notifications");
  return (
    <Link href="/notifications" className="inline-flex items-center gap-1 hover:underline" data-testid="notifications-link">
      {t("title")}
      {unread > 0 && (
        <span className="rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white" data-testid="notifications-badge" aria-label={t("unreadCount", { count: unread })}>
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
