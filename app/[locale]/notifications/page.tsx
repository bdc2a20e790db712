import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { ActionButton } from "@/components/ui/action-button";
import { requireUser } from "@/lib/auth/access";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listNotifications } from "@/lib/notifications/inbox";
import { notificationDetail, notificationText } from "@/lib/notifications/render";
import { notificationPath } from "@/lib/notifications/types";
import { markNotificationsReadAction } from "./actions";

export default async function NotificationsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/notifications");
  const [rows, t] = await Promise.all([listNotifications(user), getTranslations("notifications")]);
  const items = rows.map((n) => ({
    id: n.id,
    text: notificationText(locale, n.type, n.payload),
    details: notificationDetail(locale, n.type, n.payload),
    href: notificationPath(n.type, n.payload),
    createdAt: n.createdAt,
    unread: !n.readAt,
  }));
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {items.some((i) => i.unread) && <ActionButton action={markNotificationsReadAction} fields={{}} label={t("markAllRead")} />}
        <Link href="/settings/notifications" className="ml-auto text-sm text-indigo-800 hover:underline" data-testid="notification-settings-link">
          {t("settings.title")}
        </Link>
      </div>
      <NotificationList items={items} markRead={markNotificationsReadAction} />
    </div>
  );
}
