import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { signOutAction } from "@/app/[locale]/(auth)/actions";
import { HeaderMenu } from "@/components/header-menu";
import { LanguageSwitcher } from "@/components/language-switcher";
import { LogoMark } from "@/components/logo-mark";
import { RememberLocale } from "@/components/remember-locale";
import { isAdmin } from "@/lib/auth/assert";
import { lookupSessionUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { unreadCount } from "@/lib/inquiries/unread";
import { unreadNotificationCount } from "@/lib/notifications/inbox";
import { LinkButton } from "@/components/ui/link-button";

function Badge({ count, label }: { count: number; label: string }) {
  if (!count) return null;
  return (
    <span aria-label={label} className="ml-1 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white">
      {count > 99 ? "99+" : count}
    </span>
  );
}

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations("nav");
  const session = await lookupSessionUser();
  const user = session.status === "active" ? session.user : undefined;
  const side = user && (user.role === "sme" || user.role === "distributor");
  const [unreadThreads, unreadNotes] = user ? await Promise.all([side ? unreadCount(user) : 0, unreadNotificationCount(user)]) : [0, 0];
  const link = "hover:underline";
  // Suspended users keep this: they may sign in to read why, and must be able to leave.
  const signOut = (
    <form action={signOutAction}>
      <button type="submit" className={link}>
        {t("signOut")}
      </button>
    </form>
  );
  return (
    <header className="border-b border-stone-200 bg-white print:hidden">
      <nav className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3" aria-label={t("mainNav")}>
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-indigo-800">
          <LogoMark className="h-8 w-8" />
          {t("brand")}
        </Link>
        <HeaderMenu label={t("menu")}>
          {user ? (
            <>
              {side && (
                <Link href="/company" className={link}>
                  {t("company")}
                </Link>
              )}
              <Link href="/matches" className={link}>
                {t("matches")}
              </Link>
              <Link href="/search" className={link}>
                {t("search")}
              </Link>
              <Link href="/companies" className={link}>
                {t(user.role === "distributor" ? "suppliers" : user.role === "sme" ? "distributors" : "companies")}
              </Link>
              <Link href="/showrooms" className={link}>
                {t("showrooms")}
              </Link>
              <Link href="/events" className={link} data-testid="nav-events">
                {t("events")}
              </Link>
              {side && (
                <Link href="/inbox" className={link} data-testid="nav-inbox">
                  {t("inbox")}
                  <Badge count={unreadThreads} label={t("unreadThreads", { count: unreadThreads })} />
                </Link>
              )}
              <Link href="/notifications" className={link} data-testid="nav-notifications">
                {t("notifications")}
                <Badge count={unreadNotes} label={t("unreadNotifications", { count: unreadNotes })} />
              </Link>
              {isAdmin(user) && (
                <Link href="/admin" className={link}>
                  {t("admin")}
                </Link>
              )}
              <Link href="/dashboard" className={link}>
                {t("dashboard")}
              </Link>
              <Link href="/settings/account" className={link}>
                {t("account")}
              </Link>
              {signOut}
            </>
          ) : session.status === "refused" ? (
            signOut
          ) : (
            <>
              <Link href="/sign-in" className={link}>
                {t("signIn")}
              </Link>
              <LinkButton href="/sign-up" size="sm">
                {t("signUp")}
              </LinkButton>
            </>
          )}
          <Suspense fallback={null}>
            <LanguageSwitcher label={t("language")} />
          </Suspense>
          {user && isLocale(locale) && user.locale !== locale && <RememberLocale locale={locale} />}
        </HeaderMenu>
      </nav>
    </header>
  );
}
