import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreateAccountForm, JoinForm } from "@/components/company/accept-invite-forms";
import { LocalizedText } from "@/components/localized-text";
import { lookupSessionUser } from "@/lib/auth/session";
import { findOpenInvite } from "@/lib/companies/invites";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { acceptInviteAction, acceptInviteWithAccountAction } from "./actions";

export default async function InvitePage({ params }: { params: Promise<{ locale: Locale; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("invite");
  const open = await findOpenInvite(token);
  if (!open) {
    const te = await getTranslations("errors");
    return (
      <div className="mx-auto max-w-md">
        <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{te("inviteInvalid")}</p>
      </div>
    );
  }
  const session = await lookupSessionUser();
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">
        {t(open.invite.role === "owner" ? "leadOwner" : "leadMember")} <LocalizedText value={open.company.name} locale={locale} className="font-semibold" />
      </p>
      {session.status === "active" ? (
        <JoinForm action={acceptInviteAction} token={token} />
      ) : (
        <>
          <CreateAccountForm action={acceptInviteWithAccountAction} token={token} email={open.invite.email} />
          <p className="text-sm text-stone-600">
            {t("haveAccount")}{" "}
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/invite/${token}`)}`} className="text-indigo-800 underline">
              {t("signInFirst")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
