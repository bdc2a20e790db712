import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { EmailLinkRequestForm } from "@/components/auth/email-link-request-form";

export default async function EmailLinkRequestPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("account");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("requestTitle")}</h1>
        <p className="mt-1 text-stone-600">{t("requestLead")}</p>
      </div>
      <EmailLinkRequestForm />
    </div>
  );
}
