import { getTranslations } from "next-intl/server";
import { resendVerificationAction } from "@/app/[locale]/settings/account/actions";
import { ActionButton } from "@/components/ui/action-button";
import { needsEmailVerification } from "@/lib/accounts/verification";
import { lookupSessionUser } from "@/lib/auth/session";

/** Above every page of a company account whose email is not confirmed yet: why it matters, and a new link. */
export async function VerifyEmailNotice() {
  const session = await lookupSessionUser();
  if (session.status !== "active" || !needsEmailVerification(session.user)) return null;
  const t = await getTranslations("account");
  return (
    <div className="mb-6 flex flex-col gap-2 rounded-md bg-amber-50 p-3 text-amber-900 print:hidden" data-testid="verify-email-notice">
      <p>{t("verifyNotice", { email: session.user.email })}</p>
      <div>
        <ActionButton action={resendVerificationAction} fields={{}} label={t("resendLink")} />
      </div>
    </div>
  );
}
