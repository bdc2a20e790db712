import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Link } from "@/lib/i18n/navigation";
import { z } from "zod";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ type: optionalParam(z.enum(["sme", "distributor"])) });

export default async function SignUpPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { type } = readSearchParams(searchSchema, await searchParams);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
        <p className="mt-1 text-stone-600">{t("signUpLead")}</p>
      </div>
      <SignUpForm defaultType={type} />
      <p className="text-sm text-stone-600">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="text-indigo-800 underline">
          {t("submitSignIn")}
        </Link>
      </p>
    </div>
  );
}
