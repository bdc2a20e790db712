import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/page-guard";

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/dashboard");
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("welcome", { name: user.name })}</h1>
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5">
        <dt className="text-stone-500">{t("email")}</dt>
        <dd data-testid="account-email">{user.email}</dd>
        <dt className="text-stone-500">{t("role")}</dt>
        <dd data-testid="account-role">{t(`roles.${user.role}`)}</dd>
        <dt className="text-stone-500">{t("memberSince")}</dt>
        <dd>{format.dateTime(user.createdAt, { dateStyle: "long" })}</dd>
      </dl>
    </div>
  );
}
