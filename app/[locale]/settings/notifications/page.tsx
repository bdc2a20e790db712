import { getTranslations, setRequestLocale } from "next-intl/server";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { notificationTypes } from "@/db/schema/notifications";
import { requireUser } from "@/lib/auth/access";
import type { Locale } from "@/lib/i18n/routing";
import { getPreferences } from "@/lib/notifications/preferences";
import { savePreferencesAction } from "./actions";

export default async function NotificationSettingsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/settings/notifications");
  const [prefs, t] = await Promise.all([getPreferences(user), getTranslations("notifications")]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("settings.title")}</h1>
      <p className="max-w-2xl text-sm text-stone-600">{t("settings.intro")}</p>
      <PreferencesForm
        action={savePreferencesAction}
        emailLocale={prefs.emailLocale}
        disabled={prefs.disabled}
        // The language of this page: the header stores it as the user's once they read in it.
        uiLanguage={t(`locales.${locale}`)}
        categories={notificationTypes}
      />
    </div>
  );
}
