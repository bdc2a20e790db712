import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { signOutAction } from "@/app/[locale]/(auth)/actions";
import { LanguageSwitcher } from "@/components/language-switcher";
import { auth } from "@/lib/auth/config";
import { Link } from "@/lib/i18n/navigation";

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations("nav");
  const session = await auth();
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3" aria-label="Main">
        <Link href="/" className="text-lg font-semibold text-indigo-800">
          {t("brand")}
        </Link>
        <div className="ml-auto flex flex-wrap items-center gap-4 text-sm">
          {session?.user ? (
            <>
              {(session.user.role === "sme" || session.user.role === "distributor") && (
                <Link href="/company" className="hover:underline">
                  {t("company")}
                </Link>
              )}
              <Link href="/matches" className="hover:underline">
                {t("matches")}
              </Link>
              <Link href="/companies" className="hover:underline">
                {t(session.user.role === "distributor" ? "suppliers" : session.user.role === "sme" ? "distributors" : "companies")}
              </Link>
              {(session.user.role === "chamber_admin" || session.user.role === "platform_admin") && (
                <Link href="/admin" className="hover:underline">
                  {t("admin")}
                </Link>
              )}
              <Link href="/dashboard" className="hover:underline">
                {t("dashboard")}
              </Link>
              <form action={signOutAction}>
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="hover:underline">
                  {t("signOut")}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in" className="hover:underline">
                {t("signIn")}
              </Link>
              <Link href="/sign-up" className="rounded-md bg-indigo-700 px-3 py-1.5 text-white hover:bg-indigo-800">
                {t("signUp")}
              </Link>
            </>
          )}
          <Suspense fallback={null}>
            <LanguageSwitcher label={t("language")} />
          </Suspense>
        </div>
      </nav>
    </header>
  );
}
