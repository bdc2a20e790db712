import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/routing";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmailLinkForms } from "@/components/auth/email-link-forms";
import { peekEmailLink } from "@/lib/accounts/email-link";
import { Link } from "@/lib/i18n/navigation";
import { z } from "zod";
import { optionalParam, readSearchParams, type PageSearchParams } from "@/lib/http/search-params";

const searchSchema = z.object({ token: optionalParam(z.string().regex(/^[A-Za-z0-9_-]{20,100}$/)) });

// The token is in this page's address: no Referer carries it to another site. Our own origin gets
// it, as it must: the buttons' actions are posted to this very address and take the reader's
// language from the Referer (lib/http/action-locale.ts).
export const metadata: Metadata = { referrer: "same-origin", robots: { index: false } };

/**
 * An emailed one-time link lands here. Opening the page uses nothing (mail scanners open links):
 * only the buttons do, so the link is spent by its owner's choice.
 */
export default async function EmailLinkPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<PageSearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = readSearchParams(searchSchema, await searchParams);
  const t = await getTranslations("account");
  const valid = token !== undefined && (await peekEmailLink(token)) !== undefined;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("linkTitle")}</h1>
      {valid ? (
        <>
          <p className="text-stone-600">{t("linkLead")}</p>
          <EmailLinkForms token={token} />
        </>
      ) : (
        <>
          <p className="rounded-md bg-amber-50 p-3 text-amber-900">{t("linkGone")}</p>
          <Link href="/sign-in/email" className="text-indigo-800 underline">
            {t("requestAnother")}
          </Link>
        </>
      )}
    </div>
  );
}
