import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/link-button";

/** Where a visitor's page would show contacts and the contact button: what an account gives. */
export function AccountPrompt({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("publicPages");
  return (
    <section className="flex max-w-3xl flex-col gap-3 rounded-lg border border-indigo-200 bg-indigo-50/50 p-5" data-testid="account-prompt">
      <p className="text-stone-800">{t("accountPrompt")}</p>
      <div className="flex flex-wrap gap-3">
        <LinkButton href={`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`} intent="primary" size="sm">
          {t("signIn")}
        </LinkButton>
        <LinkButton href="/sign-up" intent="secondary" size="sm">
          {t("signUp")}
        </LinkButton>
      </div>
    </section>
  );
}
