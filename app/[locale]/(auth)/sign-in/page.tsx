import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Link } from "@/lib/i18n/navigation";
import { z } from "zod";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ callbackUrl: optionalParam(z.string()), error: optionalParam(z.string()), notice: optionalParam(z.string()) });

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl, error, notice } = readSearchParams(searchSchema, await searchParams);
  const t = await getTranslations("auth");
  const te = await getTranslations("errors");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      {notice === "created" && <p className="rounded-md bg-emerald-50 p-3 text-emerald-900">{t("signedUp")}</p>}
      {notice === "checkEmail" && <p className="rounded-md bg-emerald-50 p-3 text-emerald-900">{t("checkEmail")}</p>}
      {notice === "signedOutEverywhere" && <p className="rounded-md bg-emerald-50 p-3 text-emerald-900">{t("signedOutEverywhere")}</p>}
      {error === "suspended" && <p className="rounded-md bg-amber-50 p-3 text-amber-900">{te("accountSuspended")}</p>}
      <SignInForm callbackUrl={callbackUrl} />
      <Link href="/sign-in/email" className="text-sm text-indigo-800 underline">
        {t("forgotPassword")}
      </Link>
      <p className="text-sm text-stone-600">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-indigo-800 underline">
          {t("submitSignUp")}
        </Link>
      </p>
    </div>
  );
}
