import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Link } from "@/lib/i18n/navigation";

export default async function SignUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ type?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { type } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
        <p className="mt-1 text-stone-600">{t("signUpLead")}</p>
      </div>
      <SignUpForm defaultType={type === "sme" || type === "distributor" ? type : undefined} />
      <p className="text-sm text-stone-600">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="text-indigo-800 underline">
          {t("submitSignIn")}
        </Link>
      </p>
    </div>
  );
}
