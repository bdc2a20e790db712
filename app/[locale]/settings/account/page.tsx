import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { ActionButton } from "@/components/ui/action-button";
import { requireUser } from "@/lib/auth/access";
import type { Locale } from "@/lib/i18n/routing";
import { signOutEverywhereAction } from "./actions";
import { z } from "zod";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ notice: optionalParam(z.string()) });

export default async function AccountSettingsPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/settings/account");
  const { notice } = readSearchParams(searchSchema, await searchParams);
  const t = await getTranslations("account");
  return (
    <div className="flex max-w-xl flex-col gap-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {notice === "passwordReset" && <p className="rounded-md bg-emerald-50 p-3 text-emerald-900">{t("notice.passwordReset")}</p>}
      {notice === "passwordChanged" && <p className="rounded-md bg-emerald-50 p-3 text-emerald-900">{t("passwordChanged")}</p>}
      <p className="text-sm text-stone-600" data-testid="email-status">
        {user.email} · {user.emailVerifiedAt ? t("emailVerified") : t("emailNotVerified")}
      </p>
      <section className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("changePasswordTitle")}</h2>
        <ChangePasswordForm />
      </section>
      <section className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("sessionsTitle")}</h2>
        <p className="text-sm text-stone-600">{t("sessionsText")}</p>
        <div>
          <ActionButton action={signOutEverywhereAction} fields={{}} label={t("signOutEverywhere")} confirm={t("signOutEverywhereConfirm")} variant="danger" />
        </div>
      </section>
    </div>
  );
}
